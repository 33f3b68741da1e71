//! `drop ID --reason TEXT`: status = "dropped" (superseded, withdrawn), the reason kept as a
//! dated note.

use std::io::Write;

use anyhow::{Result, bail};
use jiff::civil::Date;

use super::editing::{DryRun, MandateEdit, set_state};
use crate::ctx::{Ctx, Outcome};
use crate::edit;
use crate::model::State;
use crate::model::parse_day;

#[derive(Debug, Clone, clap::Args)]
pub struct Args {
    /// The mandate: RES/MANDATE, a bare mandate id, or a unique prefix of RES/MANDATE
    #[arg(value_name = "ID")]
    pub id: String,

    /// Why it was dropped (superseded, withdrawn, ...), kept as a note ("Dropped: TEXT")
    #[arg(long, value_name = "TEXT", required = true)]
    pub reason: String,

    /// The day it was dropped [default: today]
    #[arg(long, value_name = "DATE", value_parser = parse_day)]
    pub on: Option<Date>,

    #[command(flatten)]
    pub dry: DryRun,
}

pub fn run(ctx: &Ctx, args: &Args, out: &mut dyn Write) -> Result<Outcome> {
    if args.reason.trim().is_empty() {
        bail!(
            "--reason is empty; say why the mandate is dropped, e.g. --reason \"superseded by ...\""
        );
    }
    let mut me = MandateEdit::open(ctx, &args.id)?;
    let address = me.address();
    let on = args.on.unwrap_or(ctx.today);
    match me.state()? {
        State::Dropped => {
            writeln!(out, "{address} is already dropped; nothing changed")?;
            return Ok(Outcome::Ok);
        }
        State::Done => {
            bail!("`{address}` is done; `oic-track reopen {address}` first, then drop it")
        }
        State::Pending | State::InProgress => {}
    }
    let mut m = me.mandate()?;
    set_state(&mut m, State::Dropped);
    edit::push_note(&mut m, on, &format!("Dropped: {}", args.reason))?;
    me.finish(args.dry, out, &format!("{address}: dropped on {on}"))?;
    Ok(Outcome::Ok)
}
