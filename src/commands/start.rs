//! `start ID`: status = "in-progress", with a dated note saying so (the note is what
//! `stale` reads as the day work started).

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

    /// The day work started [default: today]
    #[arg(long, value_name = "DATE", value_parser = parse_day)]
    pub on: Option<Date>,

    /// What was started, added to the note ("Started: TEXT")
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
        State::InProgress => {
            writeln!(out, "{address} is already in progress; nothing changed")?;
            return Ok(Outcome::Ok);
        }
        state @ (State::Done | State::Dropped) => {
            bail!("`{address}` is {state}; `oic-track reopen {address}` first, then start it")
        }
        State::Pending => {}
    }
    let mut m = me.mandate()?;
    set_state(&mut m, State::InProgress);
    let text = match &args.note {
        Some(note) => format!("Started: {note}"),
        None => "Started".to_string(),
    };
    edit::push_note(&mut m, on, &text)?;
    me.finish(args.dry, out, &format!("{address}: in progress since {on}"))?;
    Ok(Outcome::Ok)
}
