//! `reopen ID`: a done or dropped mandate goes back to pending; its `done` day is removed
//! and a dated note records the reopening.

use std::io::Write;

use anyhow::Result;
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

    /// Why it is open again, added to the note ("Reopened: TEXT")
    #[arg(long, value_name = "TEXT")]
    pub reason: Option<String>,

    /// The day it was reopened [default: today]
    #[arg(long, value_name = "DATE", value_parser = parse_day)]
    pub on: Option<Date>,

    #[command(flatten)]
    pub dry: DryRun,
}

pub fn run(ctx: &Ctx, args: &Args, out: &mut dyn Write) -> Result<Outcome> {
    let mut me = MandateEdit::open(ctx, &args.id)?;
    let address = me.address();
    let on = args.on.unwrap_or(ctx.today);
    let state = me.state()?;
    if state.is_open() {
        writeln!(out, "{address} is already open ({state}); nothing changed")?;
        return Ok(Outcome::Ok);
    }
    let mut m = me.mandate()?;
    set_state(&mut m, State::Pending);
    let text = match &args.reason {
        Some(reason) => format!("Reopened (was {state}): {reason}"),
        None => format!("Reopened (was {state})"),
    };
    // The note first: when `done` is the last key, the comments above it go to the notes.
    edit::push_note(&mut m, on, &text)?;
    m.remove("done");
    me.finish(
        args.dry,
        out,
        &format!("{address}: pending again (was {state})"),
    )?;
    Ok(Outcome::Ok)
}
