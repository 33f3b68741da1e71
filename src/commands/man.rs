//! `man`: the manual page (roff), generated from the same clap definitions as the parser.

use std::io::Write;

use anyhow::Result;

use crate::ctx::Outcome;

#[derive(Debug, Clone, clap::Args)]
pub struct Args {
    /// The page of one subcommand (e.g. `reschedule`) instead of the main page
    #[arg(value_name = "COMMAND")]
    pub command: Option<String>,
}

/// `cmd` is the whole command line's definition (`Cli::command()`).
pub fn run(args: &Args, mut cmd: clap::Command, out: &mut dyn Write) -> Result<Outcome> {
    cmd.build();
    let page = match &args.command {
        None => cmd,
        Some(name) => {
            let names: Vec<String> = cmd
                .get_subcommands()
                .map(|c| c.get_name().to_string())
                .collect();
            let sub = cmd.find_subcommand(name).cloned().ok_or_else(|| {
                anyhow::anyhow!("no command `{name}`; one of: {}", names.join(", "))
            })?;
            // The page's title and synopsis name the whole command line: `oic-track-reschedule`.
            let full = format!("oic-track-{}", sub.get_name());
            sub.name(full)
        }
    };
    clap_mangen::Man::new(page).render(out)?;
    Ok(Outcome::Ok)
}
