//! The three-way merge behind `oic-track merge`, git's merge driver for the data files: a
//! resolution file, `events.toml` or `actors.toml` is merged entry by entry (by `id`) and key
//! by key, on the `toml_edit` document of OURS, so that comments and layout survive. Pure:
//! text in, text out (the command does the I/O and git's fallback).
//!
//! docs/guide.md ("Working as a team") says what merges cleanly and what is marked.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use toml_edit::{Array, ArrayOfTables, DocumentMut, Item, Table, Value};

/// What a merge gives: the text for OURS and how many conflicts it marks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Merged {
    pub text: String,
    pub conflicts: usize,
}

/// Why a merge cannot be done entry by entry; git's own line merge is the way then.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NotMergeable(pub String);

/// Keys whose lists are logs: both sides' new entries are kept, one copy of an entry both
/// added, each new one placed by its date (`date` in a note, `on` in an event's history).
const LOGS: &[(&str, &str)] = &[("notes", "date"), ("history", "on")];
/// Keys whose lists are sets: what either side added or removed is applied. `done` is one
/// when a recurring mandate lists its days, kept sorted, and a conflict when each side added
/// days the other did not (see `merge_set`).
const SETS: &[&str] = &["tags", "aliases", "done"];

/// Markers placed in the rendered text around a conflicting key, then replaced by git's
/// conflict markers; chosen so that no file holds them (a file that does is not merged).
const START: &str = "#\u{1}oic-track-conflict-start-";
const END: &str = "#\u{1}oic-track-conflict-end-";

/// Merges `ours` and `theirs`, both descended from `base`; `label` (git's `%P`, the file's
/// path) goes into the conflict markers.
pub fn merge(base: &str, ours: &str, theirs: &str, label: &str) -> Result<Merged, NotMergeable> {
    let clean = |text: &str| Merged {
        text: text.to_string(),
        conflicts: 0,
    };
    if theirs == base || ours == theirs {
        return Ok(clean(ours));
    }
    if ours == base {
        return Ok(clean(theirs));
    }
    merge_documents(base, ours, theirs, label)
}

/// The merge itself, without the shortcuts for a side equal to the base.
pub fn merge_documents(
    base: &str,
    ours: &str,
    theirs: &str,
    label: &str,
) -> Result<Merged, NotMergeable> {
    for text in [base, ours, theirs] {
        if text.contains('\u{1}') {
            return Err(NotMergeable("a side holds a control character".into()));
        }
    }
    let parse = |side: &str, text: &str| -> Result<DocumentMut, NotMergeable> {
        text.trim_start_matches('\u{feff}')
            .parse::<DocumentMut>()
            .map_err(|e| {
                let first = e.to_string();
                let first = first.lines().next().unwrap_or_default().to_string();
                NotMergeable(format!("{side} is not valid TOML ({first})"))
            })
    };
    let b = parse("the base", base)?;
    let mut o = parse("ours", ours)?;
    let t = parse("theirs", theirs)?;
    let mut state = State::default();
    merge_table(
        Some(b.as_table()),
        o.as_table_mut(),
        t.as_table(),
        &mut state,
    )?;
    if raw_text(b.trailing().as_str()) == raw_text(o.trailing().as_str()) {
        let trailing = t.trailing().as_str().unwrap_or_default().to_string();
        o.set_trailing(trailing);
    }
    let body = ours.trim_start_matches('\u{feff}');
    let bom = &ours[..ours.len() - body.len()];
    let merged = state.finish(o.to_string(), label);
    Ok(Merged {
        text: format!(
            "{bom}{}",
            crate::edit::keep_line_endings(body, &merged.text)
        ),
        conflicts: merged.conflicts,
    })
}

fn raw_text(s: Option<&str>) -> &str {
    s.unwrap_or_default()
}

/// The conflicts found so far.
#[derive(Default)]
struct State {
    /// A key marked in the document: what theirs holds (None: theirs removed it) and
    /// whether ours removed it (then the document holds theirs, to mark its place).
    keys: Vec<KeyConflict>,
    /// Whole entries (a mandate removed on one side and changed on the other), written at
    /// the end of the file: ours' text and theirs'.
    entries: Vec<(String, String)>,
}

struct KeyConflict {
    ours_removed: bool,
    theirs: Option<String>,
}

impl State {
    /// Replaces each marked key with git's conflict markers, and appends the conflicting
    /// entries.
    fn finish(self, mut text: String, label: &str) -> Merged {
        let conflicts = self.keys.len() + self.entries.len();
        for (n, c) in self.keys.into_iter().enumerate() {
            let start = format!("{START}{n}#\n");
            let end = format!("{END}{n}#");
            let (Some(s), Some(e)) = (text.find(&start), text.find(&end)) else {
                continue;
            };
            let ours_text = &text[s + start.len()..e];
            let ours_side = if c.ours_removed { "" } else { ours_text };
            let block = block(ours_side, c.theirs.as_deref().unwrap_or_default(), label);
            text.replace_range(s..e + end.len(), block.trim_end_matches('\n'));
        }
        for (ours, theirs) in self.entries {
            while !text.ends_with("\n\n") {
                text.push('\n');
            }
            text.push_str(&block(&ours, &theirs, label));
        }
        Merged { text, conflicts }
    }
}

/// Git's conflict block: ours' lines, then theirs'.
fn block(ours: &str, theirs: &str, label: &str) -> String {
    let side = |s: &str| {
        if s.is_empty() {
            String::new()
        } else {
            format!("{}\n", s.trim_end_matches('\n'))
        }
    };
    format!(
        "<<<<<<< ours:{label}\n{}=======\n{}>>>>>>> theirs:{label}\n",
        side(ours),
        side(theirs)
    )
}

/// Merges table `t` (theirs) into `o` (ours), both descended from `b` (None: both added it).
fn merge_table(
    b: Option<&Table>,
    o: &mut Table,
    t: &Table,
    state: &mut State,
) -> Result<(), NotMergeable> {
    let mut keys: Vec<String> = o.iter().map(|(k, _)| k.to_string()).collect();
    for (k, _) in t.iter() {
        if !o.contains_key(k) {
            keys.push(k.to_string());
        }
    }
    if let Some(b) = b {
        for (k, _) in b.iter() {
            if !keys.iter().any(|x| x == k) {
                keys.push(k.to_string());
            }
        }
    }
    for key in keys {
        merge_key(b, o, t, &key, state)?;
    }
    Ok(())
}

/// A key with its item, as written (decor included), for "did this side touch it at all".
fn raw(t: Option<&Table>, key: &str) -> Option<String> {
    let t = t?;
    let (k, item) = t.get_key_value(key)?;
    let decor = k.leaf_decor();
    let part = |r: Option<&toml_edit::RawString>| {
        r.and_then(|r| r.as_str()).unwrap_or_default().to_string()
    };
    Some(format!(
        "{}{}{}={}",
        part(decor.prefix()),
        k.display_repr(),
        part(decor.suffix()),
        item_text(item)
    ))
}

fn item_text(item: &Item) -> String {
    match item {
        Item::Table(t) => {
            let mut doc = DocumentMut::new();
            doc.insert("t", Item::Table(t.clone()));
            doc.to_string()
        }
        Item::ArrayOfTables(a) => {
            let mut doc = DocumentMut::new();
            doc.insert("t", Item::ArrayOfTables(a.clone()));
            doc.to_string()
        }
        other => other.to_string(),
    }
}

fn merge_key(
    b: Option<&Table>,
    o: &mut Table,
    t: &Table,
    key: &str,
    state: &mut State,
) -> Result<(), NotMergeable> {
    let (rb, ro, rt) = (raw(b, key), raw(Some(o), key), raw(Some(t), key));
    if ro == rt || rt == rb {
        return Ok(());
    }
    if ro == rb {
        take_theirs(o, t, key);
        return Ok(());
    }
    let (bi, oi, ti) = (b.and_then(|b| b.get(key)), o.get(key), t.get(key));
    let (cb, co, ct) = (bi.map(canon), oi.map(canon), ti.map(canon));
    // Tables and entries are merged inside, where each side's comments are.
    let nested = |i: Option<&Item>| i.is_some_and(|i| i.is_table() || i.is_array_of_tables());
    let nested = nested(oi) && nested(ti);
    if co == ct || (ct == cb && !nested) {
        return Ok(());
    }
    if co == cb && !nested {
        // Ours changed only the layout around the key: theirs' value, in ours' layout.
        match (o.get_mut(key), ti) {
            (Some(Item::Value(ov)), Some(Item::Value(tv))) => {
                let mut v = tv.clone();
                *v.decor_mut() = ov.decor().clone();
                *ov = v;
            }
            _ => take_theirs(o, t, key),
        }
        return Ok(());
    }
    // Both sides changed the key, each its own way.
    if let (Some(_), Some(ti)) = (oi, ti)
        && merge_structured(bi, o, ti, key, state)?.is_some()
    {
        return Ok(());
    }
    mark(o, t, key, state)
}

/// Merges a key both sides changed when its kind allows: entries by id, sub-tables key by
/// key, logs and sets element by element. None: it is a conflict.
fn merge_structured(
    bi: Option<&Item>,
    o: &mut Table,
    ti: &Item,
    key: &str,
    state: &mut State,
) -> Result<Option<()>, NotMergeable> {
    let oi = o.get_mut(key).expect("ours has the key");
    match (bi, oi, ti) {
        (bi, Item::ArrayOfTables(oa), Item::ArrayOfTables(ta))
            if LOGS.iter().all(|(k, _)| *k != key) =>
        {
            let ba = match bi {
                Some(Item::ArrayOfTables(ba)) => Some(ba),
                None => None,
                Some(_) => return Ok(None),
            };
            merge_entries(ba, oa, ta, state)
        }
        (bi, Item::Table(ot), Item::Table(tt)) => {
            let bt = bi.and_then(Item::as_table);
            merge_table(bt, ot, tt, state)?;
            Ok(Some(()))
        }
        (bi, oi, ti) => {
            if let Some((_, date)) = LOGS.iter().find(|(k, _)| *k == key) {
                return Ok(merge_log(bi, oi, ti, date));
            }
            if SETS.contains(&key) {
                return Ok(merge_set(bi, oi, ti, key == "done"));
            }
            Ok(None)
        }
    }
}

/// Replaces ours' key with theirs' (its value and its layout), or removes it when theirs
/// did; a new key goes at the end.
fn take_theirs(o: &mut Table, t: &Table, key: &str) {
    match t.get_key_value(key) {
        None => {
            let mut entry = crate::edit::EntryMut::Table(o);
            entry.remove(key);
        }
        Some((k, item)) => {
            let mut item = item.clone();
            unplace(&mut item);
            if let Some(slot) = o.get_mut(key) {
                *slot = item;
                if let Some(mut ok) = o.key_mut(key) {
                    *ok.leaf_decor_mut() = k.leaf_decor().clone();
                }
            } else {
                o.insert_formatted(k, item);
            }
        }
    }
}

/// Forgets where tables taken from theirs stood in theirs' file: each is written after the
/// table before it in ours.
fn unplace(item: &mut Item) {
    match item {
        Item::Table(t) => unplace_table(t),
        Item::ArrayOfTables(a) => a.iter_mut().for_each(unplace_table),
        _ => {}
    }
}

fn unplace_table(t: &mut Table) {
    t.set_position(None);
    for (_, item) in t.iter_mut() {
        unplace(item);
    }
}

/// Marks `key` as a conflict: ours' line(s) stay in the document between markers, and
/// theirs' are kept for the block.
fn mark(o: &mut Table, t: &Table, key: &str, state: &mut State) -> Result<(), NotMergeable> {
    let unmarkable = |item: Option<&Item>| item.is_some_and(|i| !i.is_value());
    if unmarkable(o.get(key)) || unmarkable(t.get(key)) {
        return Err(NotMergeable(format!(
            "`{key}` changed on both sides and is not a `key = value` line"
        )));
    }
    let ours_removed = !o.contains_key(key);
    if ours_removed {
        take_theirs(o, t, key);
    }
    let theirs = t.get_key_value(key).map(|(k, item)| {
        let mut k = k.clone();
        let prefix = k
            .leaf_decor()
            .prefix()
            .and_then(|p| p.as_str())
            .unwrap_or_default()
            .to_string();
        let indent = prefix.rsplit('\n').next().unwrap_or_default().to_string();
        k.leaf_decor_mut().set_prefix(indent);
        let mut doc = DocumentMut::new();
        doc.insert_formatted(&k, item.clone());
        doc.to_string()
    });
    let n = state.keys.len();
    let mut k = o.key_mut(key).expect("the key is in ours");
    let prefix = k
        .leaf_decor()
        .prefix()
        .and_then(|p| p.as_str())
        .unwrap_or_default()
        .to_string();
    let split = prefix.rfind('\n').map_or(0, |i| i + 1);
    let (before, indent) = prefix.split_at(split);
    k.leaf_decor_mut()
        .set_prefix(format!("{before}{START}{n}#\n{indent}"));
    if let Some(v) = o.get_mut(key).and_then(Item::as_value_mut) {
        let suffix = v
            .decor()
            .suffix()
            .and_then(|s| s.as_str())
            .unwrap_or_default()
            .to_string();
        v.decor_mut().set_suffix(format!("{suffix}{END}{n}#"));
    }
    state.keys.push(KeyConflict {
        ours_removed,
        theirs,
    });
    Ok(())
}

/// The `id` of each table, when every table has a distinct string one.
fn ids(a: &ArrayOfTables) -> Option<Vec<String>> {
    let ids: Vec<String> = a
        .iter()
        .map(|t| t.get("id").and_then(Item::as_str).map(str::to_string))
        .collect::<Option<_>>()?;
    let distinct: BTreeSet<&String> = ids.iter().collect();
    (distinct.len() == ids.len()).then_some(ids)
}

/// Merges entries (`[[mandates]]`, `[[events]]`, `[[actors]]`) by id: each changed entry key
/// by key, one removed on one side and unchanged on the other removed, new ones on either
/// side kept (theirs after ours).
fn merge_entries(
    ba: Option<&ArrayOfTables>,
    oa: &mut ArrayOfTables,
    ta: &ArrayOfTables,
    state: &mut State,
) -> Result<Option<()>, NotMergeable> {
    let empty = ArrayOfTables::new();
    let ba = ba.unwrap_or(&empty);
    let (Some(bids), Some(oids), Some(tids)) = (ids(ba), ids(oa), ids(ta)) else {
        return Ok(None);
    };
    let base = Side::new(ba, bids);
    let theirs = Side::new(ta, tids);
    let ours = Ids::new(oids);
    merge_ours(&base, oa, &ours, &theirs, state)?;
    add_theirs(&base, oa, &ours, &theirs, state);
    Ok(Some(()))
}

/// A side's ids, indexed once: a lookup per entry stays cheap in a file of thousands.
struct Ids {
    list: Vec<String>,
    index: HashMap<String, usize>,
}

impl Ids {
    fn new(list: Vec<String>) -> Self {
        let index = list
            .iter()
            .enumerate()
            .map(|(i, id)| (id.clone(), i))
            .collect();
        Ids { list, index }
    }

    fn find(&self, id: &str) -> Option<usize> {
        self.index.get(id).copied()
    }
}

/// The base's or their entries with their ids.
struct Side<'a> {
    entries: &'a ArrayOfTables,
    ids: Ids,
}

impl<'a> Side<'a> {
    fn new(entries: &'a ArrayOfTables, ids: Vec<String>) -> Self {
        Side {
            entries,
            ids: Ids::new(ids),
        }
    }

    fn entry(&self, id: &str) -> Option<&'a Table> {
        self.ids.find(id).and_then(|j| self.entries.get(j))
    }
}

/// Our entries merged with theirs; those they removed go, or are kept as a conflict when
/// we changed them.
fn merge_ours(
    base: &Side<'_>,
    oa: &mut ArrayOfTables,
    ours: &Ids,
    theirs: &Side<'_>,
    state: &mut State,
) -> Result<(), NotMergeable> {
    let mut remove = Vec::new();
    for (i, id) in ours.list.iter().enumerate() {
        let bt = base.entry(id);
        let ot = oa.get_mut(i).expect("index in range");
        match (bt, theirs.entry(id)) {
            (bt, Some(tt)) => {
                let same_decor =
                    |x: &Table, y: &Table| format!("{:?}", x.decor()) == format!("{:?}", y.decor());
                if bt.is_some_and(|bt| same_decor(bt, ot)) {
                    *ot.decor_mut() = tt.decor().clone();
                }
                merge_table(bt, ot, tt, state)?;
            }
            (Some(bt), None) => {
                if canon_table(bt) != canon_table(ot) {
                    state.entries.push((entry_text(ot), String::new()));
                }
                remove.push(i);
            }
            (None, None) => {}
        }
    }
    for i in remove.into_iter().rev() {
        oa.remove(i);
    }
    Ok(())
}

/// Their new entries added; one we removed goes, or is a conflict when they changed it.
fn add_theirs(
    base: &Side<'_>,
    oa: &mut ArrayOfTables,
    ours: &Ids,
    theirs: &Side<'_>,
    state: &mut State,
) {
    for (j, id) in theirs.ids.list.iter().enumerate() {
        if ours.find(id).is_some() {
            continue;
        }
        let tt = theirs.entries.get(j).expect("index in range");
        match base.entry(id) {
            Some(bt) if canon_table(bt) == canon_table(tt) => {}
            Some(_) => state.entries.push((String::new(), entry_text(tt))),
            None => {
                let mut tt = tt.clone();
                unplace_table(&mut tt);
                oa.push(tt);
            }
        }
    }
}

/// One `[[mandates]]`-style entry as the file writes it (the array's own name is unknown
/// here: the header is written by the caller's document).
fn entry_text(t: &Table) -> String {
    let mut t = t.clone();
    unplace_table(&mut t);
    let mut doc = DocumentMut::new();
    let mut a = ArrayOfTables::new();
    a.push(t);
    doc.insert("mandates", Item::ArrayOfTables(a));
    doc.to_string().trim_start_matches('\n').to_string()
}

/// The elements of a list, whichever way it is written.
fn elements(item: &Item) -> Option<Vec<String>> {
    match item {
        Item::Value(Value::Array(a)) => Some(a.iter().map(canon_value).collect()),
        Item::ArrayOfTables(a) => Some(a.iter().map(canon_table).collect()),
        _ => None,
    }
}

/// What theirs added to and removed from a list, as counted elements.
fn changes(b: &[String], t: &[String]) -> (Vec<String>, Vec<String>) {
    let mut count: BTreeMap<&String, i64> = BTreeMap::new();
    for x in t {
        *count.entry(x).or_default() += 1;
    }
    for x in b {
        *count.entry(x).or_default() -= 1;
    }
    let (mut added, mut removed) = (Vec::new(), Vec::new());
    for x in t {
        if count.get(x).is_some_and(|&c| c > 0) {
            added.push(x.clone());
            *count.get_mut(x).expect("counted") -= 1;
        }
    }
    for (x, c) in count {
        for _ in 0..(-c).max(0) {
            removed.push(x.clone());
        }
    }
    (added, removed)
}

/// A log (notes, a meeting's history): ours, less what theirs removed, plus what theirs
/// added that ours does not hold, each placed after the last entry of its date or earlier.
fn merge_log(bi: Option<&Item>, oi: &mut Item, ti: &Item, date_key: &str) -> Option<()> {
    let empty = Vec::new();
    let bl = match bi {
        Some(b) => elements(b)?,
        None => empty,
    };
    let ol = elements(oi)?;
    let tl = elements(ti)?;
    let (added, removed) = changes(&bl, &tl);
    let mut keep = ol.clone();
    let mut drop_at = Vec::new();
    for r in &removed {
        if let Some(i) = keep.iter().position(|x| x == r) {
            keep[i] = String::new();
            drop_at.push(i);
        }
    }
    drop_at.sort_unstable();
    match oi {
        Item::Value(Value::Array(oa)) => {
            for i in drop_at.into_iter().rev() {
                oa.remove(i);
            }
            let ta = ti.as_array()?;
            for x in added {
                if oa.iter().any(|v| canon_value(v) == x) {
                    continue;
                }
                let value = ta.iter().find(|v| canon_value(v) == x)?.clone();
                let date = value_date(&value, date_key);
                let dates: Vec<_> = oa.iter().map(|v| value_date(v, date_key)).collect();
                let at = dates.iter().rposition(|d| *d <= date).map_or(0, |i| i + 1);
                insert_like(oa, at, value);
            }
        }
        Item::ArrayOfTables(oa) => {
            for i in drop_at.into_iter().rev() {
                oa.remove(i);
            }
            let ta = ti.as_array_of_tables()?;
            for x in added {
                if oa.iter().any(|t| canon_table(t) == x) {
                    continue;
                }
                let mut table = ta.iter().find(|t| canon_table(t) == x)?.clone();
                unplace_table(&mut table);
                let date = table.get(date_key).map(canon);
                let dates: Vec<_> = oa.iter().map(|t| t.get(date_key).map(canon)).collect();
                let at = dates.iter().rposition(|d| *d <= date).map_or(0, |i| i + 1);
                oa.insert(at, table);
            }
        }
        _ => return None,
    }
    Some(())
}

fn value_date(v: &Value, key: &str) -> Option<String> {
    v.as_inline_table()?.get(key).map(canon_value)
}

/// Inserts `value` at `at`, laid out as its neighbours are.
fn insert_like(a: &mut Array, at: usize, mut value: Value) {
    if at >= a.len() {
        crate::edit::push_like_last(a, value);
        return;
    }
    *value.decor_mut() = a.get(at).expect("in range").decor().clone();
    if at == 0
        && let Some(second) = a.get_mut(0)
    {
        // The old first entry is now second: it takes a second entry's spacing.
        let prefix = if second
            .decor()
            .prefix()
            .and_then(|p| p.as_str())
            .unwrap_or_default()
            .contains('\n')
        {
            second.decor().prefix().cloned()
        } else {
            Some(" ".into())
        };
        if let Some(prefix) = prefix {
            second.decor_mut().set_prefix(prefix);
        }
    }
    a.insert_formatted(at, value);
}

/// A set (tags, aliases, a recurring mandate's `done` days): ours, less what theirs removed,
/// plus what theirs added; `sorted` keeps it in order (days).
fn merge_set(bi: Option<&Item>, oi: &mut Item, ti: &Item, sorted: bool) -> Option<()> {
    let bl = match bi {
        Some(b) => b.as_array().map(|a| a.iter().map(canon_value).collect())?,
        None => Vec::new(),
    };
    let oa = oi.as_array_mut()?;
    let ta = ti.as_array()?;
    let tl: Vec<String> = ta.iter().map(canon_value).collect();
    let (added, removed) = changes(&bl, &tl);
    if sorted {
        // Each `done` day completes the earliest occurrence still open, so days both sides
        // added since the base complete the same occurrences: different days there are two
        // records of one completion (or a disagreement), not two completions, and their union
        // would mark later occurrences done. Only one side's days containing the other's merge.
        let ol: Vec<String> = oa.iter().map(canon_value).collect();
        let (ours_added, _) = changes(&bl, &ol);
        let within = |a: &[String], b: &[String]| a.iter().all(|x| b.contains(x));
        if !within(&ours_added, &added) && !within(&added, &ours_added) {
            return None;
        }
    }
    let removed: BTreeSet<String> = removed.into_iter().collect();
    let gone: Vec<usize> = oa
        .iter()
        .enumerate()
        .filter(|(_, v)| removed.contains(&canon_value(v)))
        .map(|(i, _)| i)
        .collect();
    for i in gone.into_iter().rev() {
        oa.remove(i);
    }
    for x in added {
        if oa.iter().any(|v| canon_value(v) == x) {
            continue;
        }
        let value = ta.iter().find(|v| canon_value(v) == x)?.clone();
        crate::edit::push_like_last(oa, value);
    }
    if sorted {
        let decors: Vec<_> = oa.iter().map(|v| v.decor().clone()).collect();
        let mut values: Vec<Value> = oa.iter().cloned().collect();
        values.sort_by_key(canon_value);
        for (i, (mut v, d)) in values.into_iter().zip(decors).enumerate() {
            *v.decor_mut() = d;
            oa.replace_formatted(i, v);
        }
    }
    Some(())
}

/// What an item means, whatever its layout: equal for equal data.
fn canon(item: &Item) -> String {
    match item {
        Item::None => String::new(),
        Item::Value(v) => canon_value(v),
        Item::Table(t) => canon_table(t),
        Item::ArrayOfTables(a) => {
            let parts: Vec<String> = a.iter().map(canon_table).collect();
            format!("[{}]", parts.join(","))
        }
    }
}

fn canon_table(t: &Table) -> String {
    let parts: BTreeMap<String, String> =
        t.iter().map(|(k, v)| (k.to_string(), canon(v))).collect();
    canon_map(parts)
}

fn canon_map(parts: BTreeMap<String, String>) -> String {
    let inner: Vec<String> = parts
        .into_iter()
        .map(|(k, v)| format!("{k:?}={v}"))
        .collect();
    format!("{{{}}}", inner.join(","))
}

fn canon_value(v: &Value) -> String {
    match v {
        Value::String(s) => format!("s{:?}", s.value()),
        Value::Integer(i) => format!("i{}", i.value()),
        Value::Float(f) => format!("f{:?}", f.value()),
        Value::Boolean(b) => format!("b{}", b.value()),
        Value::Datetime(d) => format!("d{}", d.value()),
        Value::Array(a) => {
            let parts: Vec<String> = a.iter().map(canon_value).collect();
            format!("[{}]", parts.join(","))
        }
        Value::InlineTable(t) => canon_map(
            t.iter()
                .map(|(k, v)| (k.to_string(), canon_value(v)))
                .collect(),
        ),
    }
}

#[cfg(test)]
mod tests;
