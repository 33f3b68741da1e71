//! `show ID`: one resolution with its mandates, or one mandate with every field.

use std::io::Write;

use anyhow::Result;

use crate::address::{self, Target};
use crate::ctx::{Ctx, Outcome};
use crate::model::{Anchor, Due, Event, Folder, Mandate, Resolution};
use crate::output::{self, status_cell, text_cell};
use crate::text::escape;
use crate::view;

#[derive(Debug, Clone, clap::Args)]
pub struct Args {
    /// A resolution id, or a mandate: RES/MANDATE, a bare mandate id, or a unique prefix
    #[arg(value_name = "ID")]
    pub id: String,
}

pub fn run(ctx: &Ctx, args: &Args, out: &mut dyn Write) -> Result<Outcome> {
    let loaded = ctx.load();
    match address::find(&loaded.folder, &args.id)? {
        Target::Resolution(res) => show_resolution(ctx, &loaded.folder, res, out)?,
        Target::Mandate(res, m) => show_mandate(ctx, &loaded.folder, res, m, out)?,
    }
    Ok(Outcome::from_clean(loaded.is_clean()))
}

/// `  key: value` lines, values escaped; empty values are left out.
fn field(out: &mut dyn Write, key: &str, value: &str) -> std::io::Result<()> {
    if value.is_empty() {
        return Ok(());
    }
    writeln!(out, "{:>10}: {}", key, escape(value))
}

/// `ID: NAME (DATE, PLACE{suffix})`.
fn event_line(e: &Event, suffix: &str) -> String {
    let place = e
        .place
        .as_deref()
        .map(|p| format!(", {p}"))
        .unwrap_or_default();
    format!("{}: {} ({}{place}{suffix})", e.id, e.name, e.date)
}

/// The shared events (`events.toml`) this resolution's deadlines hang on, in the order its
/// mandates first name them: the dates its windows come from, shown beside its own events.
fn shared_events<'a>(folder: &'a Folder, res: &Resolution) -> Vec<&'a Event> {
    let mut out: Vec<&Event> = Vec::new();
    for m in &res.mandates {
        let Some(anchor) = m.due.as_ref().and_then(Due::anchor) else {
            continue;
        };
        let Anchor::Event(id) = anchor else { continue };
        let shared = folder.events.iter().find(|e| &e.id == id);
        if let Some(e) = shared
            && !out.iter().any(|o| o.id == e.id)
        {
            out.push(e);
        }
    }
    out
}

fn show_resolution(
    ctx: &Ctx,
    folder: &Folder,
    res: &Resolution,
    out: &mut dyn Write,
) -> Result<()> {
    writeln!(out, "{}", escape(&res.id))?;
    field(out, "title", &res.title)?;
    field(out, "body", &res.body)?;
    field(out, "session", res.session.as_deref().unwrap_or(""))?;
    field(out, "adopted", &res.adopted.to_string())?;
    field(out, "symbol", res.symbol.as_deref().unwrap_or(""))?;
    field(out, "source", res.source.as_deref().unwrap_or(""))?;
    field(out, "tags", &res.tags.join(", "))?;
    field(out, "file", &res.path.display().to_string())?;
    for e in &res.events {
        field(out, "event", &event_line(e, ""))?;
    }
    for e in shared_events(folder, res) {
        field(out, "event", &event_line(e, "; events.toml"))?;
    }
    let rows: Vec<_> = res
        .mandates
        .iter()
        .map(|m| view::row(folder, res, m, ctx.today, ctx.soon_days))
        .collect();
    if rows.is_empty() {
        writeln!(out, "\nno mandates")?;
        return Ok(());
    }
    writeln!(out)?;
    mandates_table(ctx, &rows, out)
}

/// A resolution's mandates as `list` draws them: a table, or a compact listing where the
/// table would not fit.
fn mandates_table(ctx: &Ctx, rows: &[view::Row<'_>], out: &mut dyn Write) -> Result<()> {
    let headers = ["Mandate", "¶", "Actor", "Summary", "Due", "Status"];
    let whole = [0, 1, 4, 5];
    let cells = |row: &view::Row<'_>| -> Vec<String> {
        let m = row.mandate;
        vec![
            m.id.clone(),
            m.paragraph
                .as_ref()
                .map(|p| p.to_string())
                .unwrap_or_default(),
            view::actors(&m.actor),
            m.summary.clone(),
            view::window_text(row),
        ]
    };
    let wide = rows.iter().map(|r| {
        let mut row: Vec<std::borrow::Cow<'_, str>> =
            cells(r).into_iter().map(Into::into).collect();
        row.push(r.status.label().into());
        row
    });
    if output::is_compact(ctx.style, &headers, &whole, wide) {
        output::write_compact_listing(out, ctx.style, rows)?;
        return Ok(());
    }
    let mut table = output::new_table(ctx.style, &headers);
    for row in rows {
        let mut line: Vec<_> = cells(row).iter().map(|c| text_cell(c)).collect();
        line.push(status_cell(row.status, ctx.style.color));
        table.add_row(line);
    }
    output::keep_whole(&mut table, &[0, 1, 4, 5]);
    output::write_table(out, &table)?;
    writeln!(out, "{}", output::tally(rows))?;
    Ok(())
}

/// Each actor by its one name in the `--lang` language, with the written form after it when
/// that differs, so the file's spelling stays findable; free text as written.
fn actor_line(folder: &Folder, written: &[String]) -> String {
    let lang = crate::i18n::current().code();
    let each = written.iter().map(|w| {
        let name = folder.actors.display_name(w, lang);
        if name == w {
            w.clone()
        } else {
            format!("{name} (written: {w})")
        }
    });
    each.collect::<Vec<_>>().join("; ")
}

fn show_mandate(
    ctx: &Ctx,
    folder: &Folder,
    res: &Resolution,
    m: &Mandate,
    out: &mut dyn Write,
) -> Result<()> {
    let row = view::row(folder, res, m, ctx.today, ctx.soon_days);
    writeln!(out, "{}", escape(&row.address()))?;
    field(out, "resolution", &res.title)?;
    field(
        out,
        "paragraph",
        &m.paragraph
            .as_ref()
            .map(|p| p.to_string())
            .unwrap_or_default(),
    )?;
    field(out, "actor", &actor_line(folder, &m.actor))?;
    field(out, "summary", &m.summary)?;
    if let Some(due) = due_line(m, &row) {
        field(out, "due", &due)?;
    }
    let status = output::status_text(row.status, ctx.style.color);
    writeln!(out, "{:>10}: {status} (stored: {})", "status", m.state)?;
    let done: Vec<String> = m
        .done
        .iter()
        .chain(&m.done_days)
        .map(|d| d.to_string())
        .collect();
    field(out, "done", &done.join(", "))?;
    field(out, "tags", &m.tags.join(", "))?;
    field(out, "file", &res.path.display().to_string())?;
    text_and_notes(m, out)
}

/// The deadline as written, its window when that reads otherwise (or the occurrence's),
/// and the days left or late.
fn due_line(m: &Mandate, row: &view::Row<'_>) -> Option<String> {
    let (due, w) = (m.due.as_ref()?, row.window?);
    let left = match row.days_left {
        Some(d) if d < 0 => format!(", {} days late", -d),
        Some(d) => format!(", {d} days left"),
        None => String::new(),
    };
    let written = due.to_string();
    let window = match row.occurrence {
        Some(k) => format!(" (occurrence {k}: {w})"),
        None if written == w.to_string() => String::new(),
        None => format!(" ({w})"),
    };
    Some(format!("{written}{window}{left}"))
}

/// The clause quoted and the notes by date, each line escaped.
fn text_and_notes(m: &Mandate, out: &mut dyn Write) -> Result<()> {
    if let Some(text) = &m.text {
        writeln!(out, "\n{:>10}:", "text")?;
        for line in text.lines() {
            writeln!(out, "  {}", escape(line))?;
        }
    }
    if !m.notes.is_empty() {
        writeln!(out, "\n{:>10}:", "notes")?;
        // By date, whatever order the file (or a merge) wrote them in; one day's notes keep
        // their order.
        let mut notes: Vec<_> = m.notes.iter().collect();
        notes.sort_by_key(|n| n.date);
        for note in notes {
            writeln!(out, "  {}  {}", note.date, escape(&note.text))?;
        }
    }
    Ok(())
}
