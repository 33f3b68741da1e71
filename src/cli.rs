//! The global flags, which every subcommand takes. The subcommands themselves, and the `Cli`
//! that joins both, are in `commands`: this module knows nothing of them.

use std::path::PathBuf;

use clap::ValueEnum;
use jiff::civil::Date;

use crate::i18n::Lang;
use crate::model::parse_day;

/// The flags given before or after any subcommand.
#[derive(Debug, Clone, clap::Args)]
pub struct GlobalArgs {
    /// The folder of resolution files [default: ./resolutions, else the nearest
    /// resolutions/ folder in a parent directory]
    #[arg(long, global = true, env = "OIC_TRACK_DIR", value_name = "DIR")]
    pub dir: Option<PathBuf>,

    /// Compute every status as of this day (YYYY-MM-DD) instead of the system's date
    #[arg(long, global = true, env = "OIC_TRACK_TODAY", value_name = "DATE", value_parser = parse_day)]
    pub today: Option<Date>,

    /// When to colour the output: auto colours only a terminal, and never when NO_COLOR is set
    #[arg(long, global = true, value_enum, default_value_t = ColorWhen::Auto, value_name = "WHEN")]
    pub color: ColorWhen,

    /// How many days before its window opens a deadline counts as "due soon"
    #[arg(long, global = true, default_value_t = crate::status::DEFAULT_SOON_DAYS, value_name = "DAYS", value_parser = clap::value_parser!(u16))]
    pub soon: u16,

    /// The language of the report, of table headers and status words, and of the
    /// calendar's texts (ids, file content and diagnostics stay as they are)
    #[arg(long, global = true, env = "OIC_TRACK_LANG", value_enum, default_value_t = Lang::En, value_name = "LANG")]
    pub lang: Lang,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorWhen {
    Auto,
    Always,
    Never,
}
