//! The CAMEO event code table: names, roots, Goldstein values, QuadClass and PLOVER types,
//! read from `data/cameo.tsv` (facts from the CAMEO codebook and GDELT's Goldstein table).

use std::collections::HashMap;

const CAMEO_TSV: &str = include_str!("../../../data/cameo.tsv");

/// One CAMEO event code.
#[derive(Clone, Debug, PartialEq)]
pub struct CameoCode {
    pub code: String,
    pub root: String,
    pub name: String,
    pub goldstein: f64,
    pub quad_class: u8,
    pub plover: Option<String>,
}

/// Every CAMEO code, looked up by its digits.
#[derive(Clone, Debug)]
pub struct CameoTable {
    codes: HashMap<String, CameoCode>,
}

impl CameoTable {
    /// The table that ships with annals.
    pub fn builtin() -> CameoTable {
        CameoTable::parse(CAMEO_TSV).expect("data/cameo.tsv is checked by the tests")
    }

    /// Reads the tab-separated table: `cameo root name goldstein quad_class plover_event plover_mode`.
    pub fn parse(text: &str) -> Result<CameoTable, String> {
        let mut codes = HashMap::new();
        for (n, line) in text.lines().enumerate() {
            if line.starts_with('#') || line.starts_with("cameo\t") || line.trim().is_empty() {
                continue;
            }
            let f: Vec<&str> = line.split('\t').collect();
            let bad = |what: &str| format!("cameo table line {}: {what}", n + 1);
            if f.len() < 5 {
                return Err(bad("fewer than five columns"));
            }
            let code = f[0].trim();
            if !(2..=4).contains(&code.len()) || !code.bytes().all(|b| b.is_ascii_digit()) {
                return Err(bad("code is not 2-4 digits"));
            }
            let goldstein: f64 = f[3].trim().parse().map_err(|_| bad("goldstein is not a number"))?;
            let quad_class: u8 = f[4].trim().parse().map_err(|_| bad("quad_class is not 1-4"))?;
            if !(1..=4).contains(&quad_class) {
                return Err(bad("quad_class is not 1-4"));
            }
            let plover = f.get(5).map(|s| s.trim()).filter(|s| !s.is_empty()).map(str::to_string);
            codes.insert(
                code.to_string(),
                CameoCode { code: code.to_string(), root: code[..2].to_string(), name: f[2].trim().to_string(), goldstein, quad_class, plover },
            );
        }
        Ok(CameoTable { codes })
    }

    pub fn get(&self, code: &str) -> Option<&CameoCode> {
        self.codes.get(code)
    }

    pub fn len(&self) -> usize {
        self.codes.len()
    }

    pub fn is_empty(&self) -> bool {
        self.codes.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_table_has_every_root_and_known_values() {
        let t = CameoTable::builtin();
        assert!(t.len() > 300);
        for root in 1..=20 {
            assert!(t.get(&format!("{root:02}")).is_some(), "root {root:02}");
        }
        let c = t.get("046").unwrap();
        assert_eq!((c.root.as_str(), c.goldstein, c.quad_class), ("04", 7.0, 1));
        assert_eq!(c.plover.as_deref(), Some("CONSULT"));
        assert_eq!(t.get("193").unwrap().quad_class, 4);
        assert_eq!(t.get("1213").unwrap().goldstein, -4.0);
    }

    #[test]
    fn malformed_rows_are_errors() {
        assert!(CameoTable::parse("0x1\t01\tname\t0.0\t1\n").is_err());
        assert!(CameoTable::parse("010\t01\tname\tzero\t1\n").is_err());
        assert!(CameoTable::parse("010\t01\tname\t0.0\t7\n").is_err());
        assert!(CameoTable::parse("010\t01\n").is_err());
    }
}
