//! `completions SHELL`: a shell completion script, generated from the same clap definitions
//! as the parser, so it never falls behind.

use std::io::Write;

use anyhow::{Context, Result};
use clap_complete::Shell;

use crate::ctx::Outcome;

#[derive(Debug, Clone, clap::Args)]
pub struct Args {
    /// The shell to complete for
    #[arg(value_enum, value_name = "SHELL")]
    pub shell: Shell,
}

/// `cmd` is the whole command line's definition (`Cli::command()`).
pub fn run(args: &Args, mut cmd: clap::Command, out: &mut dyn Write) -> Result<Outcome> {
    // clap_complete panics when its writer fails (a closed pipe: `completions bash | head`),
    // so the script is built in memory and written here, where a failed write is an error.
    let mut script = Vec::new();
    clap_complete::generate(args.shell, &mut cmd, "oic-track", &mut script);
    if args.shell == Shell::Bash {
        script = bash_fix(&script);
    }
    out.write_all(&script)
        .context("writing the completion script")?;
    Ok(Outcome::Ok)
}

/// clap_complete's bash script names a subcommand's branch `oic__subcmd__track__subcmd__X`
/// where its dispatch sets `oic__track__subcmd__X` (the `-` of the binary's name is read as
/// a subcommand separator in one place and not the other), so nothing after a subcommand
/// completed. The branches are renamed to what the dispatch sets.
fn bash_fix(script: &[u8]) -> Vec<u8> {
    String::from_utf8_lossy(script)
        .replace("oic__subcmd__track", "oic__track")
        .into_bytes()
}
