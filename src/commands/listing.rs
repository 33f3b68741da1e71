//! What the listing commands (`list`, `due`, `stale`) share on the way out: the format,
//! `-o FILE` (the format taken from its extension), and CSV's separator.

use std::io::{IsTerminal as _, Write};
use std::path::{Path, PathBuf};

use anyhow::{Context as _, Result, bail};

use crate::ctx::Ctx;
use crate::edit;
use crate::output::{self, CsvStyle, Format, Style, Value};
use crate::view::Row;

#[derive(Debug, Clone, clap::Args)]
pub struct Output {
    /// Output format [default: from the extension of -o FILE (.xlsx, .csv, .json, .txt), else
    /// table]
    #[arg(long, value_enum, value_name = "FORMAT")]
    pub format: Option<Format>,

    /// Write to FILE instead of standard output (`-`: standard output; a plain file is replaced whole; a .toml file
    /// of the data folder is refused). CSV written to a file starts with a byte order mark,
    /// so that Excel reads it as UTF-8
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// CSV's field separator: `,` or `;` (what Excel expects where the decimal mark is a
    /// comma, as in French)
    #[arg(long, value_name = "CHAR", value_parser = parse_delimiter)]
    pub delimiter: Option<u8>,
}

fn parse_delimiter(s: &str) -> Result<u8, String> {
    match s {
        "," => Ok(b','),
        ";" => Ok(b';'),
        "\\t" | "\t" | "tab" => Ok(b'\t'),
        _ => Err(format!(
            "`{s}` is not a separator this tool writes; use `,`, `;` or `tab`"
        )),
    }
}

/// What one listing writes: its rows (or items holding rows), the sheet's name, and the
/// columns its items add after the shared ones.
pub struct Listing<'a, 'r, T> {
    pub sheet: &'a str,
    pub items: &'r [T],
    pub row_of: &'a dyn Fn(&'r T) -> &'r Row<'r>,
    pub extra_headers: &'a [&'a str],
    pub extra: &'a dyn Fn(&'r T) -> Vec<Value>,
}

impl<'a, 'r> Listing<'a, 'r, Row<'r>> {
    /// A listing of plain rows, with no columns beyond a row's own.
    pub fn rows(sheet: &'a str, items: &'r [Row<'r>]) -> Self {
        Listing {
            sheet,
            items,
            row_of: &|row| row,
            extra_headers: &[],
            extra: &|_| Vec::new(),
        }
    }
}

impl Output {
    /// The format asked for: `--format`, else the extension of `-o FILE`, else a table.
    pub fn format(&self) -> Result<Format> {
        let format = match (self.format, super::output_file(&self.output)) {
            (Some(f), _) => f,
            (None, Some(path)) => format_of(path)?,
            (None, None) => Format::Table,
        };
        if self.delimiter.is_some() && format != Format::Csv {
            bail!("--delimiter is for CSV only; add --format csv, or name the file .csv");
        }
        Ok(format)
    }

    /// Writes the listing in the format asked for, to `-o FILE` or to `out`. `json` and
    /// `table` draw the command's own JSON and table; a table written to a file has no
    /// colour and no wrapping.
    pub fn emit<'r, T>(
        &self,
        ctx: &Ctx,
        out: &mut dyn Write,
        listing: &Listing<'_, 'r, T>,
        json: impl FnOnce(&mut dyn Write) -> Result<()>,
        table: impl FnOnce(&Ctx, &mut dyn Write) -> Result<()>,
    ) -> Result<()> {
        let format = self.format()?;
        let Some(path) = super::output_file(&self.output) else {
            if format == Format::Xlsx && std::io::stdout().is_terminal() {
                bail!(
                    "an Excel workbook is not for a terminal; write it to a file with `-o FILE.xlsx`"
                );
            }
            return self.render(ctx, format, false, out, listing, json, table);
        };
        let mut bytes = Vec::new();
        let plain = Ctx {
            style: Style::default(),
            ..ctx.clone()
        };
        self.render(&plain, format, true, &mut bytes, listing, json, table)?;
        edit::write_export(path, &ctx.dir, &bytes)
    }

    #[allow(clippy::too_many_arguments)]
    fn render<'r, T>(
        &self,
        ctx: &Ctx,
        format: Format,
        to_file: bool,
        out: &mut dyn Write,
        l: &Listing<'_, 'r, T>,
        json: impl FnOnce(&mut dyn Write) -> Result<()>,
        table: impl FnOnce(&Ctx, &mut dyn Write) -> Result<()>,
    ) -> Result<()> {
        match format {
            Format::Table => table(ctx, out),
            Format::Json => json(out),
            Format::Csv => {
                let style = CsvStyle {
                    delimiter: self.delimiter.unwrap_or(b','),
                    bom: to_file,
                };
                output::sheet_csv(out, style, l.items, l.row_of, l.extra_headers, l.extra)?;
                Ok(())
            }
            Format::Xlsx => {
                let book = output::workbook(
                    l.sheet,
                    ctx.today,
                    l.items,
                    l.row_of,
                    l.extra_headers,
                    l.extra,
                )
                .context("cannot write the workbook")?;
                out.write_all(&book)?;
                Ok(())
            }
        }
    }
}

fn format_of(path: &Path) -> Result<Format> {
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    match ext.as_deref() {
        Some("xlsx") => Ok(Format::Xlsx),
        Some("csv") => Ok(Format::Csv),
        Some("json") => Ok(Format::Json),
        Some("txt") => Ok(Format::Table),
        _ => bail!(
            "cannot tell the format from `{}`; name the file .xlsx, .csv, .json or .txt, or add --format",
            path.display()
        ),
    }
}
