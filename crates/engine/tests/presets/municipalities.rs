//! The presets' municipalities: the names each plan gives, and its key.

use super::*;

fn municipality_names(s: &Scenario) -> Vec<&str> {
    s.municipalities.iter().map(|m| m.name.as_str()).collect()
}

#[test]
fn municipalities_are_the_names_each_plan_gives() {
    // Seed 000 names only Den Haag and Delft of its 10 municipalities.
    assert_eq!(
        municipality_names(&scenario_of_seed(0)),
        [
            "Den Haag",
            "Delft",
            "Overige 8 gemeenten van Haaglanden (niet bij naam in het plan)"
        ]
    );
    // Seed 001 names Leiden, Alphen aan den Rijn and Kaag en Braassem of 13.
    assert_eq!(
        municipality_names(&scenario_of_seed(1)),
        [
            "Leiden",
            "Alphen aan den Rijn",
            "Kaag en Braassem",
            "Overige 10 gemeenten van Holland Rijnland (niet bij naam in het plan)"
        ]
    );
    // Seed 002 lists the seven of the regio Alkmaar (Bijlage 6).
    assert_eq!(
        municipality_names(&scenario_of_seed(2)),
        [
            "Alkmaar",
            "Bergen",
            "Castricum",
            "Heerhugowaard",
            "Heiloo",
            "Langedijk",
            "Uitgeest"
        ]
    );
    // Seed 003 speaks of "de 17 gemeenten" and names none of them.
    assert_eq!(
        municipality_names(&scenario_of_seed(3)),
        ["17 gemeenten van Zuid-Holland Zuid (niet bij naam in het plan)"]
    );
    // Seed 004 names all ten in its verdeelsleutel.
    assert_eq!(
        municipality_names(&scenario_of_seed(4)),
        [
            "Alblasserdam",
            "Dordrecht",
            "Gorinchem",
            "Hardinxveld-Giessendam",
            "Hendrik-Ido-Ambacht",
            "Hoeksche Waard",
            "Molenlanden",
            "Papendrecht",
            "Sliedrecht",
            "Zwijndrecht"
        ]
    );
}

#[test]
fn weights_stand_for_the_number_of_municipalities_where_the_plan_has_no_key() {
    // Equal weight per municipality ("aanname"): the weights add up to the
    // number of municipalities the plan speaks of.
    for (seed, count) in [(0, 10), (1, 13), (2, 7), (3, 17)] {
        let s = scenario_of_seed(seed);
        let total: Decimal = s.municipalities.iter().map(|m| m.share).sum();
        assert_eq!(total, Decimal::from(count), "seed {seed}");
        for m in &s.municipalities {
            assert!(m.sources["share"].starts_with("aanname"), "{}", m.name);
        }
    }
}

/// Seed 004's key (meicirculaire 2021, L1871-1889) and its printed amounts
/// for the 2023 shortfall.
const SEED_004_KEY: [(&str, &str, i64); 10] = [
    ("Alblasserdam", "0.0501", 10_841),
    ("Dordrecht", "0.3255", 70_434),
    ("Gorinchem", "0.0829", 17_938),
    ("Hardinxveld-Giessendam", "0.0381", 8_244),
    ("Hendrik-Ido-Ambacht", "0.0587", 12_702),
    ("Hoeksche Waard", "0.1299", 28_109),
    ("Molenlanden", "0.0777", 16_813),
    ("Papendrecht", "0.0639", 13_827),
    ("Sliedrecht", "0.0673", 14_563),
    ("Zwijndrecht", "0.1060", 22_937),
];

#[test]
fn seed_004s_key_shares_are_exactly_the_printed_ones() {
    let s = scenario_of_seed(4);
    let key: Vec<(&str, Decimal)> = s
        .municipalities
        .iter()
        .map(|m| (m.name.as_str(), m.share))
        .collect();
    let printed: Vec<(&str, Decimal)> = SEED_004_KEY
        .iter()
        .map(|(name, share, _)| (*name, d(share)))
        .collect();
    assert_eq!(key, printed);
    // Written with the printed digits, so 10,60% stays 0.1060.
    let written: Vec<String> = s
        .municipalities
        .iter()
        .map(|m| m.share.to_string())
        .collect();
    let digits: Vec<&str> = SEED_004_KEY.iter().map(|(_, share, _)| *share).collect();
    assert_eq!(written, digits);
    // As printed, they add up to 100.01%, not 100%.
    assert_eq!(key.iter().map(|(_, s)| *s).sum::<Decimal>(), d("1.0001"));
    // The figures are the plan's; using them for all cost and income is not:
    // the plan gives the key for its programme budget only.
    for m in &s.municipalities {
        let source = &m.sources["share"];
        assert!(source.starts_with("aanname: "), "{source}");
        assert!(
            source
                .contains("Werk voor de Jeugd 2022-2023, §3.3 Verdeelsleutel (meicirculaire 2021)"),
            "{source}"
        );
    }
}

#[test]
fn seed_004s_2023_shortfall_split_by_its_key_adds_up_exactly_unlike_the_printed_table() {
    let total = d("216387.00");
    let weights: Vec<Decimal> = SEED_004_KEY.iter().map(|(_, s, _)| d(s)).collect();
    let weight_sum: Decimal = weights.iter().sum();
    let parts = allocate_largest_remainder(total, &weights);

    assert_eq!(parts.iter().sum::<Decimal>(), total);
    for ((name, _, _), (weight, part)) in SEED_004_KEY.iter().zip(weights.iter().zip(&parts)) {
        // The exact share of each municipality: its weight in the key as a
        // fraction of the whole key (the printed shares add up to 100.01%).
        let exact = *weight / weight_sum * total;
        assert!(
            (*part - exact).abs() < d("0.01"),
            "{name}: {part} against exactly {exact}"
        );
    }
    // The printed table multiplies each share by the total without
    // normalising, so its rows add up to 216,408: 21 more than the shortfall.
    let printed: i64 = SEED_004_KEY.iter().map(|(_, _, amount)| amount).sum();
    assert_eq!(printed, 216_408);
    assert_ne!(Decimal::from(printed), total);
}
