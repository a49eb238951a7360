//! The help text, in Dutch: the overview (`jeugdscenario --help`) and, for
//! `jeugdscenario OPDRACHT --help`, that command's own part of the same text.

/// The overview. A command's part is its line `  jeugdscenario NAME ...`
/// and the lines indented further below it.
pub const OVERVIEW: &str = "\
jeugdscenario: rekent een jeugdhulpscenario door (zelfde rekenkern als de app)

Gebruik:
  jeugdscenario project BESTAND [--format csv|json] [--check-targets]
      Drukt de jaarlijkse projectie af: per zorgvorm (instroom, cliënten, kosten),
      totalen, begrotingsposten, saldo en per gemeente, voor het scenario en de
      basislijn (zonder knoppen), plus de besparing. CSV (standaard) opent goed in
      Nederlandse Excel: UTF-8 met BOM, puntkomma's, decimale komma. Heeft het
      scenario doelen, dan volgen die (CSV: na een lege regel; JSON: targets):
      per doel gehaald of niet gehaald, voor scenario en basislijn, met het
      verschil in de eenheid van het doel. Met --check-targets is de exitcode 1
      als het scenario een doel niet haalt (de doelen staan dan op stderr).
  jeugdscenario validate BESTAND
      Controleert een scenariobestand en noemt elk probleem met zijn veld.
      Exitcode 0 als het bestand goed is, 2 als er problemen zijn.
  jeugdscenario example [VOORINSTELLING]
      Drukt een ingebouwd scenario af als bestand, om te bewaren en aan te passen:
      zonder naam de Voorbeeldregio (illustratief), anders de voorinstelling met
      die naam, zoals haaglanden-2019.
  jeugdscenario explain BESTAND [--year JAAR] [--format csv|json]
      Waarom verandert het saldo? Per knop het effect alleen (die knop aan, de
      rest uit) op het cumulatief saldo, of met --year op het saldo van dat jaar,
      plus het samenspel van de knoppen; samen precies het verschil tussen
      basislijn en scenario. Met een zin in gewone taal (in JSON: summary).
  jeugdscenario sensitivity BESTAND [--step PROCENT] [--year JAAR] [--format csv|json]
      Gevoeligheid: elke knop en elke belangrijke aanname (groei, prijsindex,
      duur, tarief, terugval) PROCENT omlaag en omhoog (standaard 10), binnen
      het toegestane bereik; gesorteerd op effect (tornado).
  jeugdscenario goal-seek BESTAND --knob ADRES --target saldo|cumulatief|verblijf|doel:ID
                          [--year JAAR] [--value WAARDE] [--format csv|json]
      Doel zoeken: welke waarde van de knop ADRES haalt het doel? saldo: het
      saldo in JAAR ten minste WAARDE euro (standaard 0; --value -2.000.000 is
      een tekort van hooguit 2 miljoen); cumulatief: het cumulatieve saldo ten
      minste WAARDE euro; verblijf: het aandeel residentiële zorg (residentieel
      en gesloten, zonder pleegzorg en gezinshuis) in JAAR hooguit WAARDE
      procent; doel:ID: een doel uit het plan (targets in het bestand, met eigen
      jaar en waarde) gehaald. Een ADRES is bijvoorbeeld
      levers.substitutions.ggz-naar-poh.share of care_forms.pleegzorg.tariff_per_month
      (zie docs/scenario-format.md, Knobs). Exitcode 0 ook als het doel niet te
      halen is; de uitkomst staat in de uitvoer.
  jeugdscenario uncertainty BESTAND [--samples N] [--seed S] [--format csv|json]
      Onzekerheid: N doorrekeningen (standaard 2000; S is het startgetal, standaard
      1: hetzelfde startgetal geeft dezelfde banden). Elke doorrekening kiest de
      groei van de instroom (-1 tot +2 procentpunt, waarschijnlijk 0), de
      prijsindex (-1 tot +1,5), de terugval (-10 tot +15) en het effect van de
      knoppen (50% tot 110%, waarschijnlijk 100%), elk los van de andere: de
      waarschijnlijke waarde het vaakst, laag en hoog zijn de uitersten. De
      bereiken lopen verder naar hogere kosten, zoals de bronnen steunen (groei
      van gebruik en uitgaven sinds 2015; CPB 2020 over de POH-jeugd); hun
      breedte is een aanname. Per jaar de kosten en het saldo (10, 25, 50, 75 en
      90 procent, in hele euro's) en de kans dat de begroting sluit.
  jeugdscenario calibrate TOEWIJZINGEN [--mapping KOPPELING] [--year JAAR] [--format csv|json]
      Uit de administratie: leest de toewijzingen (CSV, een regel per
      toewijzing: client (een pseudoniem, nooit een BSN), productcategorie,
      productcode, begindatum, einddatum (leeg zolang ze loopt), bedrag) en
      koppelt elke iJw-productcategorie aan een zorgvorm: standaard 31 wijkteam,
      32 en 34 ambulant, 33 en 41 daghulp, 35 pleegzorg, 36 gezinshuis, 37
      gesloten, 38, 43 en 44 residentieel, 45 ambulant specialistisch, 46
      crisis, 47 jeugdreclassering, 48 jeugdbescherming; of volgens KOPPELING
      (CSV: productcategorie;productcode;zorgvorm, met groep voor een nieuwe
      zorgvorm). Drukt per zorgvorm en jaar de kolommen van het sjabloon
      Zorgvormen af, met cliënten op 1 januari, instroom, cliëntmaanden, duur
      (cliëntmaanden gedeeld door instroom) en kosten per cliëntmaand; de regel
      van het basisjaar JAAR (standaard het jaar na de administratie) zijn de
      startwaarden. Daarna de terugblik: het model vanaf het eerste jaar naast
      de administratie, met het verschil per jaar en de gemiddelde afwijking.
      Een begindatum na het basisjaar wordt geweigerd. De regels zelf worden
      niet bewaard of afgedrukt, alleen de totalen.
  jeugdscenario presets
      Noemt de voorinstellingen: de Voorbeeldregio en een scenario per regionaal
      plan (Haaglanden, Holland Rijnland, Regio Alkmaar, Zuid-Holland Zuid), met
      de gemeenten, verdeelsleutel, begrotingsposten en doelen uit dat plan.
  jeugdscenario --help
      Deze uitleg.
  jeugdscenario OPDRACHT --help (of -h, of: jeugdscenario help OPDRACHT)
      Alleen de uitleg van die opdracht, zoals hierboven.

BESTAND mag - zijn voor standaardinvoer.
Exitcodes: 0 goed, 1 doel niet gehaald (alleen met --check-targets), 2 onleesbaar
of ongeldig bestand, 64 verkeerd gebruik.
";

/// What `jeugdscenario OPDRACHT --help` prints: that command's part of
/// the overview and the notes under it; None for an unknown command.
pub fn of_command(name: &str) -> Option<String> {
    let names = |line: &str| {
        line.strip_prefix("  jeugdscenario ")
            .and_then(|rest| rest.split_whitespace().next())
            == Some(name)
    };
    let mut lines = OVERVIEW.lines().skip_while(|line| !names(line));
    let usage = lines.next()?;
    let part: Vec<&str> = std::iter::once(usage)
        .chain(lines.take_while(|line| line.starts_with("   ")))
        .collect();
    let (_, notes) = OVERVIEW.rsplit_once("\n\n")?;
    Some(format!("Gebruik:\n{}\n\n{notes}", part.join("\n")))
}

/// `cli` with the Dutch text as the help of itself and of each command.
pub fn dutch(cli: clap::Command) -> clap::Command {
    let names: Vec<String> = cli
        .get_subcommands()
        .map(|command| command.get_name().to_string())
        .collect();
    names.iter().fold(cli.override_help(OVERVIEW), |cli, name| {
        let text = of_command(name).unwrap_or_else(|| OVERVIEW.to_string());
        cli.mut_subcommand(name, |command| command.override_help(text))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn every_command_has_its_own_part_of_the_overview() {
        for command in crate::args::Cli::command().get_subcommands() {
            let name = command.get_name();
            let text = of_command(name).unwrap_or_else(|| panic!("no help for {name}"));
            let usage = format!("Gebruik:\n  jeugdscenario {name}");
            assert!(text.starts_with(&usage), "{text}");
            // Only its own part: one usage, then the notes.
            assert_eq!(text.matches("  jeugdscenario ").count(), 1, "{text}");
            assert!(text.ends_with("64 verkeerd gebruik.\n"), "{text}");
        }
        assert_eq!(of_command("bestaat-niet"), None);
    }
}
