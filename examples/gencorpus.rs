//! A deterministic corpus of resolution files for benchmarks and scale tests.
//!
//! ```sh
//! cargo run --release --example gencorpus -- 10000 /tmp/corpus   # [SEED]
//! ```
//!
//! Writes `DIR/events.toml` and `DIR/YYYY/RES.toml` for N resolutions of ~10 mandates each,
//! in the file format (docs/format.md): every deadline form (a bare date, a date, month and
//! year string, `at`, `before` and `at` + `days` on shared, own and `adoption` events), every
//! state, notes, tags, and a 200–300 character verbatim clause per mandate. The same N and seed
//! give the same bytes on every machine.

use std::fmt::Write as _;
use std::path::Path;

/// The first and last years resolutions are adopted in.
const FIRST_YEAR: i32 = 1990;
const LAST_YEAR: i32 = 2025;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let usage =
        "usage: gencorpus N DIR [SEED]   (N resolutions of ~10 mandates, written under DIR)";
    let (Some(n), Some(dir)) = (args.first().and_then(|n| n.parse().ok()), args.get(1)) else {
        eprintln!("{usage}");
        std::process::exit(2);
    };
    let seed = match args.get(2).map(|s| s.parse()) {
        None => 1,
        Some(Ok(s)) => s,
        Some(Err(_)) => {
            eprintln!("SEED must be a whole number\n{usage}");
            std::process::exit(2);
        }
    };
    match generate(Path::new(dir), n, seed) {
        Ok(stats) => println!(
            "{} resolutions, {} mandates, {} events, {} bytes in {dir}",
            stats.resolutions, stats.mandates, stats.events, stats.bytes
        ),
        Err(e) => {
            eprintln!("gencorpus: cannot write {dir}: {e}");
            std::process::exit(1);
        }
    }
}

/// What was written.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Stats {
    pub resolutions: usize,
    pub mandates: usize,
    pub events: usize,
    pub bytes: usize,
}

/// Writes the corpus of `n` resolutions under `dir` (created if missing).
pub fn generate(dir: &Path, n: usize, seed: u64) -> std::io::Result<Stats> {
    let mut rng = Rng(seed);
    let mut stats = Stats::default();
    std::fs::create_dir_all(dir)?;
    let events = events_file(&mut rng);
    stats.events = events.matches("[[events]]").count();
    stats.bytes += events.len();
    std::fs::write(dir.join("events.toml"), events)?;
    let span = (LAST_YEAR - FIRST_YEAR + 1) as usize;
    for i in 0..n {
        // Resolutions spread evenly over the years, in order, as a real archive grows.
        let year = FIRST_YEAR + (i * span / n.max(1)) as i32;
        let (id, text, mandates) = resolution(&mut rng, i, year);
        let folder = dir.join(year.to_string());
        std::fs::create_dir_all(&folder)?;
        std::fs::write(folder.join(format!("{id}.toml")), &text)?;
        stats.resolutions += 1;
        stats.mandates += mandates;
        stats.bytes += text.len();
    }
    Ok(stats)
}

/// SplitMix64: small, fast, and the same everywhere.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A number in `0..n`.
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn range(&mut self, lo: i64, hi: i64) -> i64 {
        lo + (self.next() % (hi - lo + 1) as u64) as i64
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }

    fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }
}

const BODIES: &[(&str, &str)] = &[
    ("cfm", "OIC Council of Foreign Ministers"),
    ("summit", "Islamic Summit"),
    ("excom", "OIC Executive Committee"),
    ("iphrc", "Independent Permanent Human Rights Commission"),
    (
        "comstech",
        "Standing Committee on Scientific and Technological Cooperation",
    ),
];

const ACTORS: &[&str] = &[
    "Secretary-General",
    "OIC General Secretariat",
    "OIC member states",
    "All States",
    "Islamic Development Bank",
    "Islamic Solidarity Fund",
    "ISESCO",
    "Independent Permanent Human Rights Commission",
    "Statistical, Economic and Social Research and Training Centre",
    "Group of OIC Ambassadors in Geneva",
    "Group of OIC Ambassadors in New York",
    "Islamic Chamber of Commerce and Industry",
    "Authorities of Côte d’Ivoire",
    "UN Secretary-General",
];

const VERBS: &[&str] = &[
    "requests",
    "urges",
    "calls upon",
    "invites",
    "encourages",
    "mandates",
    "directs",
    "appeals to",
];

const ACTIONS: &[&str] = &[
    "submit a report on the implementation of this resolution",
    "convene an open-ended intergovernmental expert meeting",
    "establish a special fund for emergency humanitarian relief",
    "prepare a comprehensive study on the root causes of intolerance",
    "coordinate a joint position at the United Nations General Assembly",
    "appoint a special envoy for the follow-up of this question",
    "organise a regional workshop on capacity building",
    "mobilise financial resources for reconstruction and development",
    "strengthen cooperation with regional and international organisations",
    "draft a plan of action with measurable targets",
];

const TOPICS: &[&str] = &[
    "combating Islamophobia",
    "the situation of Muslim communities in non-member states",
    "food security in the least developed member states",
    "the peaceful settlement of disputes",
    "the protection of cultural and religious heritage",
    "the empowerment of women and youth",
    "water resources management",
    "climate change adaptation in the Sahel",
    "the fight against terrorism in all its forms",
    "intra-OIC trade and investment",
];

const QUALIFIERS: &[&str] = &[
    "in close consultation with the member states concerned",
    "within the resources available to the General Secretariat",
    "taking into account the recommendations of previous sessions",
    "with the participation of civil society and academia",
    "in line with the Charter of the Organisation",
    "drawing on the experience of the relevant subsidiary organs",
];

const TAGS: &[&str] = &[
    "islamophobia",
    "humanitarian",
    "legal",
    "outreach",
    "economy",
    "culture",
    "security",
    "report",
];

const NOTES: &[&str] = &[
    "Letter sent to the member states concerned",
    "Item placed on the agenda of the next session",
    "Consultations held with the Group of Ambassadors",
    "Draft report circulated for comments",
    "Funding pledged by three member states",
    "Follow-up meeting postponed at the request of the host",
];

fn date(year: i32, rng: &mut Rng) -> String {
    format!("{year:04}-{:02}-{:02}", rng.range(1, 12), rng.range(1, 28))
}

/// Shared meetings: an annual Council session and a summit every three years, from five
/// years before the first resolution to ten after the last, written at every precision.
fn events_file(rng: &mut Rng) -> String {
    let mut out = String::from(
        "# Meetings that deadlines refer to, shared by every resolution file in this folder.\n",
    );
    for year in FIRST_YEAR - 5..=LAST_YEAR + 10 {
        let when = match rng.below(3) {
            0 => date(year, rng),
            1 => format!("{year:04}-{:02}", rng.range(1, 12)),
            _ => format!("{year:04}"),
        };
        let _ = write!(
            out,
            "\n[[events]]\nid = \"cfm-{year}\"\nname = \"Council of Foreign Ministers, {year} session\"\ndate = \"{when}\"\n"
        );
        if rng.chance(30) {
            let _ = writeln!(out, "place = \"Jeddah\"");
        }
        if year % 3 == 0 {
            let planned = format!("{year:04}-{:02}", rng.range(1, 6));
            let held = date(year, rng);
            let _ = write!(
                out,
                "\n[[events]]\nid = \"summit-{year}\"\nname = \"Islamic Summit of {year}\"\ndate = {held}   # moved\nplace = \"Banjul\"\nhistory = [{{ from = \"{planned}\", to = \"{held}\", on = {} }}]\n",
                date(year - 1, rng)
            );
        }
    }
    out
}

/// The id, text and mandate count of resolution number `i`, adopted in `year`.
fn resolution(rng: &mut Rng, i: usize, year: i32) -> (String, String, usize) {
    let (short, body) = BODIES[rng.below(BODIES.len())];
    let id = format!("{short}-{year}-{i:06}");
    let topic = rng.pick(TOPICS);
    let adopted = date(year, rng);
    let mut out = String::new();
    let _ = write!(
        out,
        "# {body}: resolution {} on {topic}.\n\ntitle   = \"Resolution on {topic}\"\nbody    = \"{body}\"\nsession = \"Session {}\"\nadopted = {adopted}\nsymbol  = \"OIC/{}/{year}/RES.{}\"\n",
        i + 1,
        year - 1969,
        short.to_uppercase(),
        i + 1
    );
    if rng.chance(50) {
        let _ = writeln!(
            out,
            "source  = \"https://www.oic-oci.org/docdown/?docID={i}\""
        );
    }
    let _ = writeln!(out, "tags    = [\"{}\"]", rng.pick(TAGS));
    let own_event = rng.chance(25);
    if own_event {
        let _ = write!(
            out,
            "\n[[events]]\nid = \"follow-up\"\nname = \"Follow-up meeting on {topic}\"\ndate = \"{:04}-{:02}\"\n",
            year + 1,
            rng.range(1, 12)
        );
    }
    let count = 8 + rng.below(5);
    for k in 0..count {
        mandate(rng, &mut out, k, year, own_event);
    }
    (id, out, count)
}

fn mandate(rng: &mut Rng, out: &mut String, k: usize, year: i32, own_event: bool) {
    let _ = write!(
        out,
        "\n[[mandates]]\nid        = \"m{:02}\"\nparagraph = {}\n",
        k + 1,
        k + 2
    );
    let actor = rng.pick(ACTORS);
    if rng.chance(30) {
        let _ = writeln!(out, "actor     = [\"{actor}\", \"{}\"]", rng.pick(ACTORS));
    } else {
        let _ = writeln!(out, "actor     = \"{actor}\"");
    }
    let action = rng.pick(ACTIONS);
    let topic = rng.pick(TOPICS);
    let _ = writeln!(
        out,
        "summary   = \"{}{} on {topic}\"",
        &action[..1].to_uppercase(),
        &action[1..]
    );
    let _ = writeln!(out, "text      = \"{}\"", clause(rng, action, topic));
    if let Some(due) = due(rng, year, own_event) {
        let _ = writeln!(out, "due       = {due}");
    }
    match rng.below(10) {
        0..=2 => {}
        3..=4 => {
            let _ = writeln!(out, "status    = \"pending\"");
        }
        5..=6 => {
            let _ = writeln!(out, "status    = \"in-progress\"");
        }
        7..=8 => {
            let done = date(year + rng.range(0, 4) as i32, rng);
            let _ = writeln!(out, "status    = \"done\"\ndone      = {done}");
        }
        _ => {
            let _ = writeln!(out, "status    = \"dropped\"");
        }
    }
    if rng.chance(20) {
        let _ = writeln!(out, "tags      = [\"{}\"]", rng.pick(TAGS));
    }
    if rng.chance(30) {
        let notes: Vec<String> = (0..1 + rng.below(3))
            .map(|_| {
                let day = date(year + 1 + rng.range(0, 2) as i32, rng);
                format!("{{ date = {day}, text = \"{}\" }}", rng.pick(NOTES))
            })
            .collect();
        let _ = writeln!(out, "notes     = [\n  {},\n]", notes.join(",\n  "));
    }
}

/// A verbatim-looking operative clause of 200 to 300 characters, ending on a whole phrase.
fn clause(rng: &mut Rng, action: &str, topic: &str) -> String {
    let mut s = format!(
        "The Council {} {} to {action} on {topic}, {}",
        rng.pick(VERBS),
        rng.pick(ACTORS),
        rng.pick(QUALIFIERS)
    );
    while s.len() < 200 {
        let more = format!(", and to {} {}", rng.pick(ACTIONS), rng.pick(QUALIFIERS));
        if s.len() + more.len() < 300 {
            s.push_str(&more);
        } else if let Some(short) = TOPICS.iter().find(|t| s.len() + t.len() + 12 >= 200) {
            let _ = write!(s, ", notably on {short}");
        }
    }
    s.push('.');
    s
}

/// A deadline in one of the forms docs/format.md lists, or none (about one mandate in ten).
fn due(rng: &mut Rng, year: i32, own_event: bool) -> Option<String> {
    let later = year + rng.range(0, 3) as i32;
    let cfm = format!("cfm-{}", year + 1 + rng.range(0, 2) as i32);
    let summit = format!("summit-{}", (year / 3 + 1 + rng.range(0, 1) as i32) * 3);
    Some(match rng.below(10) {
        0 => return None,
        1 => date(later, rng),
        2 => format!("\"{}\"", date(later, rng)),
        3 => format!("\"{later:04}-{:02}\"", rng.range(1, 12)),
        4 => format!("\"{later:04}\""),
        5 => format!("{{ at = \"{cfm}\" }}"),
        6 => format!("{{ before = \"{summit}\" }}"),
        7 => format!("{{ at = \"{cfm}\", days = {} }}", rng.range(-60, 120)),
        8 => format!("{{ at = \"adoption\", days = {} }}", 30 * rng.range(1, 24)),
        _ if own_event => "{ before = \"follow-up\" }".to_string(),
        _ => format!("{{ before = \"{cfm}\" }}"),
    })
}
