//! `note ID TEXT`: append a dated progress note to a mandate, whatever its status.

use std::io::Write;

use anyhow::{Result, bail};
use jiff::civil::Date;

use super::editing::{DryRun, MandateEdit};
use crate::ctx::{Ctx, Outcome};
use crate::edit;
use crate::model::parse_day;

#[derive(Debug, Clone, clap::Args)]
pub struct Args {
    /// The mandate: RES/MANDATE, a bare mandate id, or a unique prefix of RES/MANDATE
    #[arg(value_name = "ID")]
    pub id: String,

    /// The note (quote it: one argument)
    #[arg(value_name = "TEXT")]
    pub text: String,

    /// The day the note is about [default: today]
    #[arg(long, value_name = "DATE", value_parser = parse_day)]
    pub on: Option<Date>,

    #[command(flatten)]
    pub dry: DryRun,
}

pub fn run(ctx: &Ctx, args: &Args, out: &mut dyn Write) -> Result<Outcome> {
    if args.text.trim().is_empty() {
        bail!(
            "the note is empty; write what happened, e.g. oic-track note ID \"Met the EU delegation\""
        );
    }
    let mut me = MandateEdit::open(ctx, &args.id)?;
    let address = me.address();
    let on = args.on.unwrap_or(ctx.today);
    edit::push_note(&mut me.mandate()?, on, &args.text)?;
    me.finish(args.dry, out, &format!("{address}: note added for {on}"))?;
    Ok(Outcome::Ok)
}
