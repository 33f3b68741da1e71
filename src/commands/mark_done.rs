//! `mark-done ID`: status = "done", done = DATE, an optional note; the file edited in place.

use std::io::Write;

use anyhow::{Result, bail};
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

    /// The day it was done [default: today]
    #[arg(long, value_name = "DATE", value_parser = parse_day)]
    pub on: Option<Date>,

    /// A progress note to append, dated the same day
    #[arg(long, value_name = "TEXT")]
    pub note: Option<String>,

    #[command(flatten)]
    pub dry: DryRun,
}

pub fn run(ctx: &Ctx, args: &Args, out: &mut dyn Write) -> Result<Outcome> {
    let mut me = MandateEdit::open(ctx, &args.id)?;
    let address = me.address();
    let on = args.on.unwrap_or(ctx.today);
    match me.state()? {
        State::Done => {
            let when = me
                .mandate()?
                .table()
                .get("done")
                .and_then(|i| i.as_value())
                .and_then(|v| v.as_datetime())
                .map(|d| format!(" (on {d})"))
                .unwrap_or_default();
            writeln!(out, "{address} is already done{when}; nothing changed")?;
            return Ok(Outcome::Ok);
        }
        State::Dropped => {
            bail!("`{address}` is dropped; `oic-track reopen {address}` first, then mark it done")
        }
        State::Pending | State::InProgress => {}
    }
    if let Some(recurrence) = me.recurrence(ctx) {
        return complete_occurrence(me, recurrence, on, args, out);
    }
    let mut m = me.mandate()?;
    set_state(&mut m, State::Done);
    m.set("done", edit::date_value(on), Some("status"));
    if let Some(note) = &args.note {
        edit::push_note(&mut m, on, note)?;
    }
    me.finish(args.dry, out, &format!("{address}: done on {on}"))?;
    Ok(Outcome::Ok)
}

/// On a recurring mandate: `on` is appended to `done`, completing the earliest occurrence
/// not yet completed; the stored status is left as it is.
fn complete_occurrence(
    mut me: MandateEdit,
    r: Recurrence,
    on: Date,
    args: &Args,
    out: &mut dyn Write,
) -> Result<Outcome> {
    let address = me.address();
    if r.finished {
        let last = r
            .last_done
            .map(|d| format!(", the last on {d}"))
            .unwrap_or_default();
        writeln!(
            out,
            "{address} has every occurrence completed ({}{last}); nothing changed",
            r.completed
        )?;
        return Ok(Outcome::Ok);
    }
    let mut m = me.mandate()?;
    edit::push_done_day(&mut m, on, &["status", "due", "text", "summary"])?;
    if let Some(note) = &args.note {
        edit::push_note(&mut m, on, note)?;
    }
    let which = r
        .occurrence
        .map(|k| format!("occurrence {k} ({})", r.every))
        .unwrap_or_else(|| "an occurrence".into());
    me.finish(args.dry, out, &format!("{address}: {which} done on {on}"))?;
    Ok(Outcome::Ok)
}
