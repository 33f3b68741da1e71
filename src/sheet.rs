//! A spreadsheet read as a grid of typed cells, for `import`: `.xlsx` through calamine, CSV
//! through the csv crate (`,`, `;` or tab sniffed; UTF-8 with or without a BOM, else
//! Windows-1256 or Windows-1252). Merged cells give their value to every cell they cover.

use std::path::Path;

use anyhow::{Context as _, Result, bail};
use calamine::{Data, Reader as _};
use jiff::civil::Date;

/// One cell as the file holds it.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Empty,
    Text(String),
    Number(f64),
    /// A cell formatted as a date (its day; a time of day is dropped).
    Date(Date),
}

impl Cell {
    /// The cell as text, trimmed (a number as written, without `.0`).
    pub fn text(&self) -> String {
        match self {
            Cell::Empty => String::new(),
            Cell::Text(s) => s.trim().to_string(),
            Cell::Number(n) if n.fract() == 0.0 && n.abs() < 1e15 => format!("{}", *n as i64),
            Cell::Number(n) => n.to_string(),
            Cell::Date(d) => d.to_string(),
        }
    }

    pub fn is_empty(&self) -> bool {
        match self {
            Cell::Empty => true,
            Cell::Text(s) => s.trim().is_empty(),
            _ => false,
        }
    }
}

/// One sheet: its name, and its rows from the sheet's first row (row 0 is `1` in Excel).
#[derive(Debug, Clone)]
pub struct Grid {
    pub name: String,
    pub rows: Vec<Vec<Cell>>,
}

impl Grid {
    pub fn cell(&self, row: usize, col: usize) -> &Cell {
        self.rows
            .get(row)
            .and_then(|r| r.get(col))
            .unwrap_or(&Cell::Empty)
    }
}

/// `B7`: a cell's address as Excel writes it, from 0-based row and column.
pub fn address(row: usize, col: usize) -> String {
    let mut letters = Vec::new();
    let mut n = col + 1;
    while n > 0 {
        let rem = (n - 1) % 26;
        letters.push(b'A' + rem as u8);
        n = (n - 1) / 26;
    }
    letters.reverse();
    format!(
        "{}{}",
        String::from_utf8(letters).unwrap_or_default(),
        row + 1
    )
}

/// Reads `path` (`.xlsx`, `.xlsm` or `.csv`); `sheet` picks a sheet of a workbook by name
/// (default: the first).
pub fn read(path: &Path, sheet: Option<&str>) -> Result<Grid> {
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    match ext.as_deref() {
        Some("xlsx" | "xlsm") => read_xlsx(path, sheet),
        Some("csv" | "txt") => {
            if sheet.is_some() {
                bail!("--sheet is for workbooks; a CSV file has one sheet");
            }
            let bytes =
                std::fs::read(path).with_context(|| format!("cannot read `{}`", path.display()))?;
            let name = path
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default();
            Ok(read_csv(&bytes, name))
        }
        _ => bail!(
            "cannot tell what `{}` is; import reads .xlsx and .csv files (save an .xls or .ods as .xlsx first)",
            path.display()
        ),
    }
}

fn read_xlsx(path: &Path, sheet: Option<&str>) -> Result<Grid> {
    let mut book: calamine::Xlsx<_> = calamine::open_workbook(path)
        .with_context(|| format!("cannot read `{}` as an Excel workbook", path.display()))?;
    let names = book.sheet_names();
    let name = match sheet {
        Some(s) => names
            .iter()
            .find(|n| n.as_str() == s)
            .or_else(|| names.iter().find(|n| n.eq_ignore_ascii_case(s)))
            .cloned()
            .with_context(|| {
                format!(
                    "`{}` has no sheet `{s}`; its sheets: {}",
                    path.display(),
                    names.join(", ")
                )
            })?,
        None => names
            .first()
            .cloned()
            .with_context(|| format!("`{}` has no sheet", path.display()))?,
    };
    let range = book
        .worksheet_range(&name)
        .with_context(|| format!("cannot read the sheet `{name}` of `{}`", path.display()))?;
    let merged = book.merge_cells_by_sheet_name(&name).unwrap_or_default();
    let (top, left) = range.start().unwrap_or((0, 0));
    let (top, left) = (top as usize, left as usize);
    let mut rows: Vec<Vec<Cell>> = vec![Vec::new(); top];
    for r in range.rows() {
        let mut row = vec![Cell::Empty; left];
        row.extend(r.iter().map(cell_of));
        rows.push(row);
    }
    for m in merged {
        let (r0, c0) = (m.start.0 as usize, m.start.1 as usize);
        let value: Option<Cell> = rows.get(r0).and_then(|r| r.get(c0)).cloned();
        let Some(value) = value else { continue };
        for r in r0..=m.end.0 as usize {
            for c in c0..=m.end.1 as usize {
                if let Some(row) = rows.get_mut(r) {
                    if row.len() <= c {
                        row.resize(c + 1, Cell::Empty);
                    }
                    row[c] = value.clone();
                }
            }
        }
    }
    Ok(Grid { name, rows })
}

fn cell_of(d: &Data) -> Cell {
    match d {
        Data::Empty | Data::Error(_) => Cell::Empty,
        Data::String(s) | Data::DateTimeIso(s) | Data::DurationIso(s) => Cell::Text(s.clone()),
        Data::Float(f) => Cell::Number(*f),
        Data::Int(i) => Cell::Number(*i as f64),
        Data::Bool(b) => Cell::Text(b.to_string()),
        Data::DateTime(dt) if dt.is_datetime() => {
            serial_day(dt.as_f64()).map_or(Cell::Number(dt.as_f64()), Cell::Date)
        }
        Data::DateTime(dt) => Cell::Number(dt.as_f64()),
    }
}

/// The day of an Excel serial number (1900 date system; serials before 1 March 1900 are
/// not days anyone tracks).
pub fn serial_day(serial: f64) -> Option<Date> {
    if !(61.0..2_958_466.0).contains(&serial) {
        return None;
    }
    jiff::civil::date(1899, 12, 30)
        .checked_add(jiff::Span::new().days(serial.floor() as i64))
        .ok()
}

/// The separator: whichever of `;`, `,` and tab splits the first lines most often.
fn sniff(text: &str) -> u8 {
    let head: String = text.lines().take(20).collect::<Vec<_>>().join("\n");
    let count = |c: char| head.matches(c).count();
    [b';', b'\t', b',']
        .into_iter()
        .max_by_key(|&d| count(d as char))
        .filter(|&d| count(d as char) > 0)
        .unwrap_or(b',')
}

pub fn read_csv(bytes: &[u8], name: String) -> Grid {
    let text = crate::encoding::decode(bytes).0;
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(sniff(&text))
        .from_reader(text.as_bytes());
    // Blank lines are rows too: a cell's address must be the one a spreadsheet shows.
    let mut rows: Vec<Vec<Cell>> = Vec::new();
    for record in reader.records().filter_map(Result::ok) {
        let line = record
            .position()
            .map_or(rows.len() + 1, |p| p.line() as usize);
        if rows.len() + 1 < line {
            rows.resize(line - 1, Vec::new());
        }
        rows.push(
            record
                .iter()
                .map(|s| {
                    if s.trim().is_empty() {
                        Cell::Empty
                    } else {
                        Cell::Text(s.to_string())
                    }
                })
                .collect(),
        );
    }
    Grid { name, rows }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_are_written_as_excel_writes_them() {
        assert_eq!(address(0, 0), "A1");
        assert_eq!(address(6, 1), "B7");
        assert_eq!(address(9, 25), "Z10");
        assert_eq!(address(0, 26), "AA1");
        assert_eq!(address(0, 701), "ZZ1");
        assert_eq!(address(0, 702), "AAA1");
    }

    #[test]
    fn serial_numbers_are_days_of_the_1900_system() {
        assert_eq!(serial_day(45382.0), Some(jiff::civil::date(2024, 3, 31)));
        assert_eq!(serial_day(61.0), Some(jiff::civil::date(1900, 3, 1)));
        assert_eq!(serial_day(45382.75), Some(jiff::civil::date(2024, 3, 31)));
        assert_eq!(serial_day(12.0), None);
    }

    #[test]
    fn the_separator_is_sniffed() {
        let g = read_csv(b"Resolution;OP;Action\nR1;2;Do, then report\n", "x".into());
        assert_eq!(g.rows[1][2], Cell::Text("Do, then report".into()));
        let g = read_csv(
            b"Resolution,OP,Action\nR1,2,\"Do; then report\"\n",
            "x".into(),
        );
        assert_eq!(g.rows[1][2], Cell::Text("Do; then report".into()));
    }
}
