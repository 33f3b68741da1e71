//! `draft FILE|-`: a resolution file drafted from the resolution's plain text. The
//! drafting itself is the `oic-draft` crate's (`crates/draft`); this reads the text, has
//! `draft_file` write the draft as TOML or JSON, and saves it through `edit` like any other
//! file.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use anyhow::{Context as _, Result, bail};
use jiff::civil::Date;
use oic_draft::Options;

use crate::ctx::{Ctx, Outcome};
use crate::model::parse_day;
use crate::{draft_file, edit, load};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum DraftFormat {
    /// A resolution file, with `# check:` comments on the lines to review
    #[default]
    Toml,
    /// The same draft as one JSON object, each mandate with its `checks`
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum DraftLang {
    /// English
    En,
    /// French
    Fr,
    /// Arabic
    Ar,
}

#[derive(Debug, Clone, clap::Args)]
pub struct Args {
    /// The resolution's text (UTF-8, UTF-16 or a Windows code page), a PDF with a text
    /// layer, a Word file (.docx), an OpenDocument text (.odt), a web page (.html), or `-`
    /// to read any of them from stdin
    #[arg(value_name = "FILE")]
    pub file: PathBuf,

    /// Write the draft to the data folder as ID.toml (never over an existing file); with
    /// --format json, the id the JSON gives
    #[arg(long, value_name = "ID")]
    pub id: Option<String>,

    /// The adoption day (YYYY-MM-DD) [default: a date the text gives, else today, marked
    /// for checking]
    #[arg(long, value_name = "DATE", value_parser = parse_day)]
    pub adopted: Option<Date>,

    /// What to write
    #[arg(long, value_enum, default_value_t = DraftFormat::Toml)]
    pub format: DraftFormat,

    /// The text's language [default: the one its words show] (`--lang` is the language
    /// the tool speaks in)
    #[arg(long = "text-lang", value_enum, value_name = "LANG")]
    pub text_lang: Option<DraftLang>,

    /// Write the draft to FILE instead of stdout (never over an existing file; `-` is
    /// stdout)
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: Option<PathBuf>,
}

impl Args {
    /// Whether the draft goes into the data folder (`--id` for a TOML draft, no `-o`).
    pub fn writes_to_data_folder(&self) -> bool {
        self.id.is_some() && self.output.is_none() && self.format == DraftFormat::Toml
    }

    fn output_file(&self) -> Option<&Path> {
        super::output_file(&self.output)
    }

    /// Where the draft is saved: `-o FILE`, or `ID.toml` in the data folder `dir`; `None`
    /// for stdout. The data folder holds resolution files only: a JSON draft goes to stdout.
    fn target(&self, dir: &Path) -> Option<PathBuf> {
        match (self.output_file(), &self.id) {
            (Some(path), _) => Some(path.to_path_buf()),
            (None, Some(id)) if self.writes_to_data_folder() => {
                Some(dir.join(format!("{id}.toml")))
            }
            _ => None,
        }
    }
}

pub fn run(ctx: &Ctx, args: &Args, out: &mut dyn Write) -> Result<Outcome> {
    if let Some(id) = args
        .id
        .as_deref()
        .filter(|id| !crate::model::is_valid_id(id))
    {
        bail!(
            "`{id}` is not a valid resolution id: use lowercase ASCII letters, digits and `-`, e.g. `{}`",
            load::suggest_id(id)
        );
    }
    let text = read_text(&args.file)?;
    let opts = Options {
        adopted: args.adopted,
        today: ctx.today,
    };
    let lang = args.text_lang.map(|l| match l {
        DraftLang::En => oic_draft::Lang::En,
        DraftLang::Fr => oic_draft::Lang::Fr,
        DraftLang::Ar => oic_draft::Lang::Ar,
    });
    let drafted = oic_draft::draft_in(&text, &opts, lang);
    let source = if args.file == Path::new("-") {
        "standard input".to_string()
    } else {
        args.file.display().to_string()
    };
    let rendered = match args.format {
        DraftFormat::Toml => draft_file::toml(&drafted, &source),
        DraftFormat::Json => draft_file::json(&drafted, args.id.as_deref())? + "\n",
    };
    let Some(path) = args.target(&ctx.dir) else {
        out.write_all(rendered.as_bytes())?;
        return Ok(Outcome::Ok);
    };
    save(&path, &rendered, args.writes_to_data_folder(), out)?;
    let n = drafted.mandates.len();
    let checks = rendered.matches("# check:").count();
    writeln!(
        out,
        "drafted {n} mandate{} into {} ({checks} line{} marked `# check:`); review it, then run `oic-track check`",
        if n == 1 { "" } else { "s" },
        crate::text::escape(&path.display().to_string()),
        if checks == 1 { "" } else { "s" },
    )?;
    Ok(Outcome::Ok)
}

/// Writes the draft to a new file through `edit`, never over an existing one: a draft
/// replaces no one's reviewed work. A file in the data folder must load, as every edit's
/// must; a file elsewhere (`-o`) is the user's to name and review, and is not checked.
fn save(path: &Path, text: &str, in_data_folder: bool, out: &mut dyn Write) -> Result<()> {
    if path.symlink_metadata().is_ok() {
        bail!(
            "`{}` exists already; draft into another file, or delete it first",
            path.display()
        );
    }
    let validate = |text: &str| -> Result<()> {
        if in_data_folder {
            load::parse_resolution(path, text, &[]).map_err(super::editing::invalid)?;
        }
        Ok(())
    };
    edit::create(path, text, validate, false, out)
}

fn read_text(file: &Path) -> Result<String> {
    let bytes = if file == Path::new("-") {
        let mut buf = Vec::new();
        std::io::stdin()
            .read_to_end(&mut buf)
            .context("cannot read the text from stdin")?;
        buf
    } else {
        std::fs::read(file).with_context(|| format!("cannot read `{}`", file.display()))?
    };
    let name = file.display();
    let kind = oic_draft::input::kind_of(&bytes);
    match kind {
        oic_draft::input::Kind::Pdf => {
            return oic_draft::input::pdf_text(&bytes)
                .with_context(|| format!("cannot draft from `{name}`"));
        }
        oic_draft::input::Kind::Zip => {
            return oic_draft::input::office_text(&bytes)
                .with_context(|| format!("cannot draft from `{name}`"));
        }
        oic_draft::input::Kind::OldOffice => bail!(
            "`{name}` is an old Word file (.doc), which `draft` does not read: save it as a Word \
             document (.docx), an OpenDocument text (.odt) or a PDF (File > Save As) and draft \
             that"
        ),
        oic_draft::input::Kind::Rtf => bail!(
            "`{name}` is a Rich Text (.rtf) file, which `draft` does not read: save it as a Word \
             document (.docx), a PDF or plain text (File > Save As) and draft that"
        ),
        oic_draft::input::Kind::Text => {}
    }
    let (text, guessed) = crate::encoding::decode(&bytes);
    if let Some(code_page) = guessed {
        // The draft still comes: a text saved in a Windows code page is common, and the
        // guess is right for Arabic and Western ones; the user is told to look.
        eprintln!(
            "warning: `{name}` is not UTF-8: read as {code_page}; if its letters look wrong in \
             the draft, save the text as UTF-8 (Notepad: Save As, Encoding UTF-8) and draft again"
        );
    }
    if oic_draft::input::is_html(&text) {
        return oic_draft::input::html_text(&text)
            .with_context(|| format!("cannot draft from `{name}`"));
    }
    Ok(text)
}
