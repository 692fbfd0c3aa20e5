use std::fmt;

/// Renders rows of text as a plain, column-aligned table.
#[derive(Debug, Clone, Default)]
pub struct TableBuilder {
    header: Vec<String>,
    rows: Vec<Vec<String>>,
}

impl TableBuilder {
    pub fn new(header: &[&str]) -> TableBuilder {
        TableBuilder {
            header: header.iter().map(|cell| cell.to_string()).collect(),
            rows: Vec::new(),
        }
    }

    pub fn row(mut self, cells: &[&str]) -> TableBuilder {
        self.rows
            .push(cells.iter().map(|cell| cell.to_string()).collect());
        self
    }

    fn widths(&self) -> Vec<usize> {
        let mut widths: Vec<usize> = self
            .header
            .iter()
            .map(|cell| cell.chars().count())
            .collect();
        for row in &self.rows {
            for (index, cell) in row.iter().enumerate() {
                let width = cell.chars().count();
                match widths.get_mut(index) {
                    Some(known) => *known = (*known).max(width),
                    None => widths.push(width),
                }
            }
        }
        widths
    }
}

impl fmt::Display for TableBuilder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let widths = self.widths();
        let write_row = |f: &mut fmt::Formatter<'_>, cells: &[String]| -> fmt::Result {
            let padded: Vec<String> = widths
                .iter()
                .enumerate()
                .map(|(index, width)| {
                    let cell = cells.get(index).map(String::as_str).unwrap_or("");
                    format!("{cell:<width$}")
                })
                .collect();
            writeln!(f, "{}", padded.join("  ").trim_end())
        };
        write_row(f, &self.header)?;
        let rule: Vec<String> = widths.iter().map(|width| "-".repeat(*width)).collect();
        writeln!(f, "{}", rule.join("  "))?;
        for row in &self.rows {
            write_row(f, row)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_are_aligned_to_the_widest_cell() {
        let table = TableBuilder::new(&["kind", "count"])
            .row(&["prompts", "1"])
            .row(&["edges", "12"]);
        assert_eq!(
            table.to_string(),
            "kind     count\n-------  -----\nprompts  1\nedges    12\n"
        );
    }

    #[test]
    fn short_rows_leave_cells_empty() {
        let table = TableBuilder::new(&["a", "b"]).row(&["x"]);
        assert_eq!(table.to_string(), "a  b\n-  -\nx\n");
    }
}
