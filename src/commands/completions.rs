//! `completions SHELL`: a shell completion script, generated from the same clap definitions
//! as the parser, so it never falls behind.

use std::io::Write;

use anyhow::Result;
use clap::CommandFactory;
use clap_complete::Shell;

use crate::Outcome;
use crate::cli::Cli;

#[derive(Debug, Clone, clap::Args)]
pub struct Args {
    /// The shell to complete for
    #[arg(value_enum, value_name = "SHELL")]
    pub shell: Shell,
}

pub fn run(args: &Args, out: &mut dyn Write) -> Result<Outcome> {
    let mut cmd = Cli::command();
    clap_complete::generate(args.shell, &mut cmd, "oic-track", out);
    Ok(Outcome::Ok)
}
