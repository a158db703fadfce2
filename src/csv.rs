//! The archive as CSV, one row per entry: what a spreadsheet user asks for.
//!
//! RFC 4180 quoting. Cells a spreadsheet would run as a formula (starting with `=`, `+`,
//! `-`, `@`, a tab or a carriage return) get a leading `'`, as OWASP advises against CSV
//! injection: a comment is never code, not even in Excel.

use crate::model::Archive;
use std::fmt::Write;

pub const HEADER: &str = "id,author,time,kind,parents,text";

pub fn to_csv(archive: &Archive) -> String {
    let mut out = String::with_capacity(archive.entries.iter().map(|e| e.body.len() + 64).sum());
    out.push_str(HEADER);
    out.push_str("\r\n");
    for e in &archive.entries {
        let time = e.time.map(|t| t.to_string()).unwrap_or_default();
        let parents = e
            .parents()
            .map(|p| p.to_string())
            .collect::<Vec<_>>()
            .join(" ");
        let _ = write!(out, "{},", e.id);
        for (i, cell) in [e.author.as_str(), &time, e.kind.as_str(), &parents, &e.body]
            .into_iter()
            .enumerate()
        {
            if i > 0 {
                out.push(',');
            }
            push_cell(&mut out, cell);
        }
        out.push_str("\r\n");
    }
    out
}

fn push_cell(out: &mut String, cell: &str) {
    let formula = cell.starts_with(['=', '+', '-', '@', '\t', '\r']);
    let quoted = formula || cell.contains([',', '"', '\n', '\r']);
    if quoted {
        out.push('"');
    }
    if formula {
        out.push('\'');
    }
    for c in cell.chars() {
        if c == '"' {
            out.push('"');
        }
        out.push(c);
    }
    if quoted {
        out.push('"');
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_row_per_entry_with_quoting_and_no_formulas() {
        let archive = crate::read_dump(
            "alice @ 2010-09-16 10:59:58\n\nHello, \"world\"\nsecond line\n\n\
             @bob @ 2010-09-16 11:00:00\n\n=HYPERLINK(\"http://x\")\n\n\
             carol @\n\n@alice oui\n",
        );
        let csv = to_csv(&archive);
        let rows: Vec<&str> = csv.split("\r\n").collect();
        assert_eq!(rows[0], HEADER);
        assert_eq!(
            rows[1],
            "0,alice,2010-09-16T10:59:58,comment,,\"Hello, \"\"world\"\"\nsecond line\""
        );
        assert_eq!(
            rows[2],
            "1,\"'@bob\",2010-09-16T11:00:00,comment,,\"'=HYPERLINK(\"\"http://x\"\")\""
        );
        assert_eq!(rows[3], "2,carol,,comment,0,\"'@alice oui\"");
        assert_eq!(rows[4], "");
        assert_eq!(rows.len(), 5);
    }
}
