//! `reopen ID`: a done or dropped mandate goes back to pending; its `done` day is removed
//! and a dated note records the reopening.

use std::io::Write;

use anyhow::Result;
use jiff::civil::Date;

use super::editing::{DryRun, MandateEdit, Recurrence, set_state};
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
    if let Some(r) = me.recurrence(ctx)
        && state.is_open()
    {
        return undo_occurrence(me, r, on, args, out);
    }
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
    // A recurring mandate's `done` lists its completed occurrences: they stay completed.
    if !m.table().get("done").is_some_and(|d| d.is_array()) {
        m.remove("done");
    }
    me.finish(
        args.dry,
        out,
        &format!("{address}: pending again (was {state})"),
    )?;
    Ok(Outcome::Ok)
}

/// On an open recurring mandate: the latest day of `done` is removed, so the occurrence it
/// completed is open again, and a note says so.
fn undo_occurrence(
    mut me: MandateEdit,
    r: Recurrence,
    on: Date,
    args: &Args,
    out: &mut dyn Write,
) -> Result<Outcome> {
    let address = me.address();
    let state = me.state()?;
    if r.completed == 0 {
        writeln!(
            out,
            "{address} is already open ({state}) with no occurrence completed; nothing changed"
        )?;
        return Ok(Outcome::Ok);
    }
    let mut m = me.mandate()?;
    let Some(day) = edit::pop_done_day(&mut m) else {
        anyhow::bail!("`done` of `{address}` is not a list of days; run `oic-track check`");
    };
    let k = r.completed;
    let text = match &args.reason {
        Some(reason) => format!("Reopened occurrence {k} (was done on {day}): {reason}"),
        None => format!("Reopened occurrence {k} (was done on {day})"),
    };
    edit::push_note(&mut m, on, &text)?;
    me.finish(
        args.dry,
        out,
        &format!("{address}: occurrence {k} open again (was done on {day})"),
    )?;
    Ok(Outcome::Ok)
}
