//! The region CSV parsers on thousands of pseudo-random and mutated inputs,
//! natively (the cargo-fuzz targets in fuzz/ do the same without end, but
//! need a nightly compiler): none panics, each gives either rows or at
//! least one problem with a message, and rows that read come back from
//! their template unchanged (sources apart).

use jeugdscenario_engine::example::voorbeeldregio;
use jeugdscenario_engine::presets::PRESETS;
use jeugdscenario_engine::region_csv::{
    budget_lines_template, care_forms_template, municipalities_template, parse_budget_lines_csv,
    parse_care_forms_csv, parse_municipalities_csv, CsvProblem, Imported,
};

/// xorshift64*: small, deterministic, no crate.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// Pieces a CSV is made of, to build inputs that get past the header.
const PIECES: [&str; 36] = [
    ";",
    ",",
    "\t",
    "\n",
    "\r\n",
    "\"",
    "\"\"",
    " ",
    "code",
    "zorgvorm",
    "groep",
    "naam",
    "soort",
    "bedrag basisjaar (€)",
    "aandeel verdeelsleutel",
    "eigen gebruik",
    "bron",
    "cliënten op 1 januari",
    "gemiddelde duur (maanden)",
    "tarief per maand (€)",
    "2026",
    "2040",
    "inkomsten",
    "uitgaven",
    "verblijf",
    "jbjr",
    "Totaal",
    "-",
    "1.234,50",
    "12,5%",
    "€",
    "0",
    "99999999999999999999999999999",
    "\u{feff}",
    "\u{0}",
    "ë",
];

fn random_bytes(rng: &mut Rng) -> Vec<u8> {
    let len = rng.below(200);
    (0..len).map(|_| rng.next() as u8).collect()
}

fn random_pieces(rng: &mut Rng) -> Vec<u8> {
    let len = rng.below(80);
    (0..len)
        .flat_map(|_| PIECES[rng.below(PIECES.len())].as_bytes().to_vec())
        .collect()
}

/// A template with a few bytes changed, inserted, removed, or cut off.
fn mutated(rng: &mut Rng, template: &[u8]) -> Vec<u8> {
    let mut bytes = template.to_vec();
    for _ in 0..=rng.below(8) {
        let at = rng.below(bytes.len());
        match rng.below(5) {
            0 if !bytes.is_empty() => bytes[at] = rng.next() as u8,
            1 => bytes.insert(at, rng.next() as u8),
            2 if !bytes.is_empty() => {
                bytes.remove(at);
            }
            3 => bytes.truncate(at),
            _ => {
                let piece = PIECES[rng.below(PIECES.len())].as_bytes();
                bytes.splice(at..at, piece.iter().copied());
            }
        }
    }
    bytes
}

/// Whether the input read; asserts what a refusal says.
fn check<T>(what: &str, result: Result<Imported<T>, Vec<CsvProblem>>) -> bool {
    match result {
        Ok(imported) => {
            assert!(!imported.rows.is_empty(), "{what}: rows read");
            true
        }
        Err(problems) => {
            assert!(!problems.is_empty(), "{what}: refused without a problem");
            for p in problems {
                assert!(
                    !p.message.nl.is_empty() && !p.message.en.is_empty(),
                    "{what}: {p:?}"
                );
                let _ = p.to_string();
            }
            false
        }
    }
}

type Parsed<T> = Result<Imported<T>, Vec<CsvProblem>>;

/// Rows that read come back from their template unchanged, sources apart
/// (`plain` clears them: the template has one "bron" column).
fn assert_round_trip<T: Clone + PartialEq + std::fmt::Debug>(
    rows: &[T],
    template: impl Fn(&[T]) -> String,
    parse: impl Fn(&[u8]) -> Parsed<T>,
    plain: fn(&mut T),
) {
    let written = template(rows);
    let again = parse(written.as_bytes())
        .unwrap_or_else(|p| panic!("the template of rows that read is refused: {p:#?}\n{written}"));
    let strip = |rows: &[T]| {
        let mut rows = rows.to_vec();
        rows.iter_mut().for_each(plain);
        rows
    };
    assert_eq!(strip(&again.rows), strip(rows), "{written}");
}

/// Enough inputs read to know the rows' own checks were reached.
fn assert_some_read(what: &str, read: usize) {
    assert!(read > 100, "{what}: only {read} inputs read");
}

/// Every input the three parsers get: random bytes, random pieces, and
/// mutated templates of the example region and the presets.
fn inputs(seed: u64, templates: &[Vec<u8>], count: usize) -> Vec<Vec<u8>> {
    let mut rng = Rng(seed);
    (0..count)
        .map(|i| match i % 4 {
            0 => random_bytes(&mut rng),
            1 => random_pieces(&mut rng),
            _ => {
                let template = &templates[rng.below(templates.len())];
                mutated(&mut rng, template)
            }
        })
        .collect()
}

#[test]
fn care_forms_csv_never_panics() {
    let templates: Vec<Vec<u8>> = PRESETS
        .iter()
        .map(|p| care_forms_template(&p.scenario().care_forms).into_bytes())
        .collect();
    let mut read = 0;
    for bytes in inputs(0x9E37_79B9_7F4A_7C15, &templates, 3000) {
        let parsed = parse_care_forms_csv(&bytes);
        if let Ok(imported) = &parsed {
            assert_round_trip(
                &imported.rows,
                care_forms_template,
                parse_care_forms_csv,
                |f| f.sources.clear(),
            );
        }
        read += usize::from(check("care forms", parsed));
    }
    assert_some_read("care forms", read);
}

#[test]
fn budget_lines_csv_never_panics() {
    let templates: Vec<Vec<u8>> = PRESETS
        .iter()
        .map(|p| p.scenario())
        .chain([voorbeeldregio()])
        .map(|s| budget_lines_template(&s.budget_lines, s.base_year, s.years).into_bytes())
        .collect();
    let mut rng = Rng(7);
    for bytes in inputs(0xD1B5_4A32_D192_ED03, &templates, 3000) {
        let base_year = 2015 + rng.below(15) as i32;
        let years = 1 + rng.below(15) as u32;
        check(
            "budget lines",
            parse_budget_lines_csv(&bytes, base_year, years),
        );
    }
}

#[test]
fn municipalities_csv_never_panics() {
    let templates: Vec<Vec<u8>> = PRESETS
        .iter()
        .map(|p| municipalities_template(&p.scenario().municipalities).into_bytes())
        .collect();
    let mut read = 0;
    for bytes in inputs(0x94D0_49BB_1331_11EB, &templates, 3000) {
        let parsed = parse_municipalities_csv(&bytes);
        if let Ok(imported) = &parsed {
            assert_round_trip(
                &imported.rows,
                municipalities_template,
                parse_municipalities_csv,
                |m| m.sources.clear(),
            );
        }
        read += usize::from(check("municipalities", parsed));
    }
    assert_some_read("municipalities", read);
}

#[test]
fn extreme_horizons_do_not_panic() {
    let template = b"code;naam;soort;bedrag basisjaar (\xe2\x82\xac);2026\na;A;inkomsten;1;2\n";
    for (base_year, years) in [
        (i32::MAX, u32::MAX),
        (i32::MIN, 0),
        (2026, 0),
        (0, u32::MAX),
    ] {
        check(
            "budget lines",
            parse_budget_lines_csv(template, base_year, years),
        );
    }
}
