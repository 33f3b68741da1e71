//! Plans of action set as tables: a header row naming the action, who is responsible and
//! by when, then one row per action (`1.<TAB>Prepare a study<TAB>SESRIC<TAB>By June 2025`).

use super::table;
use crate::words::fold;

/// Where a table's cells are: the action, the responsible actor and, maybe, the deadline.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Columns {
    sep: &'static str,
    /// How many cells a row has: a row whose number the segmenter took has one fewer.
    width: usize,
    action: usize,
    actor: usize,
    due: Option<usize>,
}

/// One row's cells.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row<'a> {
    pub action: &'a str,
    pub actor: &'a str,
    pub due: Option<&'a str>,
}

/// Cell separators: tabs as spreadsheets and PDFs leave them, bars as text tables draw them.
const SEPARATORS: &[&str] = &["\t", "|"];

fn cells<'a>(text: &'a str, sep: &str) -> Vec<&'a str> {
    let text = text.trim().trim_matches('|');
    text.split(sep)
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .collect()
}

fn column(cells: &[&str], names: &[&str]) -> Option<usize> {
    cells
        .iter()
        .position(|c| names.iter().any(|n| fold(c).contains(n)))
}

impl Columns {
    /// The header row of a table of actions, if `text` is one.
    pub fn of(text: &str) -> Option<Columns> {
        SEPARATORS.iter().find_map(|&sep| {
            let head = cells(text, sep);
            if head.len() < 2 {
                return None;
            }
            Some(Columns {
                sep,
                width: head.len(),
                action: column(&head, table::GRID_ACTION_HEADERS)?,
                actor: column(&head, table::GRID_ACTOR_HEADERS)?,
                due: column(&head, table::GRID_DUE_HEADERS),
            })
        })
    }

    /// The cells of a row of this table; a row whose number was taken off ("1.") has its
    /// cells one to the left.
    pub fn row<'a>(&self, text: &'a str) -> Option<Row<'a>> {
        let cells = cells(text, self.sep);
        let shift = match self.width - cells.len().min(self.width) {
            0 => 0,
            1 => 1,
            _ => return None,
        };
        let at = |k: usize| k.checked_sub(shift).and_then(|k| cells.get(k).copied());
        Some(Row {
            action: at(self.action)?,
            actor: at(self.actor)?,
            due: self.due.and_then(at),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_header_finds_its_columns_and_rows_their_cells() {
        let cols = Columns::of("No.\tAction\tResponsible\tTimeframe").unwrap();
        let row = cols.row("Prepare a study\tSESRIC\tBy June 2025").unwrap();
        assert_eq!(
            row,
            Row {
                action: "Prepare a study",
                actor: "SESRIC",
                due: Some("By June 2025")
            }
        );
        let cols = Columns::of("| Activity | Lead | Deadline |").unwrap();
        assert_eq!(
            cols.row("| Hold a forum | IsDB | 2026 |").unwrap().actor,
            "IsDB"
        );
        assert!(Columns::of("The Council,\tmeeting in Cairo").is_none());
        assert!(cols.row("a sentence without cells").is_none());
    }
}
