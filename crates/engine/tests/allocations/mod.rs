//! A large region's allocations over five years (2021-2025), generated:
//! `rows` allocations of some 40,000 clients in the iJw categories of the
//! default mapping (and one it does not map), with product codes, Dutch
//! dates, a tenth still running, an amount on each. Seeded, so the bench
//! and the tests read the same file.

pub fn large_allocations(rows: usize) -> String {
    const CATEGORIES: [&str; 16] = [
        "31", "32", "33", "34", "35", "36", "37", "38", "41", "43", "44", "45", "46", "47", "48",
        "40",
    ];
    let mut rng = oorandom::Rand32::new(24);
    let mut csv =
        String::from("client;productcategorie;productcode;begindatum;einddatum;bedrag\r\n");
    for _ in 0..rows {
        let client = rng.rand_range(0..40_000);
        let category = CATEGORIES[rng.rand_range(0..CATEGORIES.len() as u32) as usize];
        let year = 2021 + rng.rand_range(0..5);
        let (month, day) = (1 + rng.rand_range(0..12), 1 + rng.rand_range(0..28));
        let length = 10 + rng.rand_range(0..400);
        let running = rng.rand_range(0..10) == 0;
        // The end by day arithmetic on a 360-day calendar: exact enough.
        let end_total = (month - 1) * 30 + day - 1 + length;
        let (end_year, rest) = (year + end_total / 360, end_total % 360);
        let end = if running || end_year > 2025 {
            String::new()
        } else {
            format!(
                "{:02}-{:02}-{end_year}",
                (rest % 30 + 1).min(28),
                rest / 30 + 1
            )
        };
        let amount = rng.rand_range(100..200_000);
        csv.push_str(&format!(
            "p{client:05};{category};{category}A{:02};{day:02}-{month:02}-{year};{end};{},{:02}\r\n",
            rng.rand_range(0..20),
            amount / 100,
            amount % 100
        ));
    }
    csv
}
