//! The columns of each table in template order, and the other names
//! controllers give them.

use crate::text::Text;

/// A column of a table as the template writes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Column {
    /// The field it fills (`clients_start`), also the key of its source.
    pub key: &'static str,
    /// The Dutch header of the template (`cliënten op 1 januari`).
    pub header: &'static str,
    /// Whether a file without this column is refused.
    pub required: bool,
    /// What the column holds, in Dutch and English, with its unit.
    pub holds_nl: &'static str,
    pub holds_en: &'static str,
}

impl Column {
    /// What the column holds, in both languages.
    pub fn holds(&self) -> Text {
        Text::new(self.holds_nl, self.holds_en)
    }
}

const fn col(
    key: &'static str,
    header: &'static str,
    required: bool,
    holds_nl: &'static str,
    holds_en: &'static str,
) -> Column {
    Column {
        key,
        header,
        required,
        holds_nl,
        holds_en,
    }
}

pub(super) const CARE_FORMS: [Column; 11] = [
    col(
        "id",
        "code",
        true,
        "een korte unieke code, bijvoorbeeld ggz",
        "a short unique code, e.g. ggz",
    ),
    col(
        "label",
        "zorgvorm",
        true,
        "de naam van de zorgvorm",
        "the care form's name",
    ),
    col(
        "group",
        "groep",
        true,
        "de groep: lokaal, ambulant, verblijf, jbjr of crisis",
        "the group: lokaal, ambulant, verblijf, jbjr or crisis",
    ),
    col(
        "clients_start",
        "cliënten op 1 januari",
        true,
        "het aantal cliënten in zorg op 1 januari van het basisjaar",
        "clients in care on 1 January of the base year",
    ),
    col(
        "inflow_per_year",
        "instroom per jaar",
        false,
        "nieuwe cliënten per jaar (leeg: evenwicht)",
        "new clients per year (empty: steady state)",
    ),
    col(
        "duration_months",
        "gemiddelde duur (maanden)",
        true,
        "de gemiddelde duur van de zorg in maanden",
        "the average length of care in months",
    ),
    col(
        "tariff_per_month",
        "tarief per maand (€)",
        false,
        "het tarief per cliënt per maand in euro (of een prijs per traject)",
        "the tariff per client per month in euros (or a price per trajectory)",
    ),
    col(
        "price_per_trajectory",
        "prijs per traject (€)",
        false,
        "de prijs per traject in euro (of een tarief per maand)",
        "the price per trajectory in euros (or a tariff per month)",
    ),
    col(
        "inflow_growth",
        "groei instroom (%)",
        false,
        "de autonome groei van de instroom per jaar in procenten",
        "yearly growth of inflow in percent",
    ),
    col(
        "price_index",
        "prijsindex (%)",
        false,
        "de jaarlijkse indexatie van tarief of prijs in procenten",
        "yearly indexation of tariff or price in percent",
    ),
    col(
        "source",
        "bron",
        false,
        "waar de cijfers vandaan komen",
        "where the figures come from",
    ),
];

pub(super) const BUDGET_LINES: [Column; 6] = [
    col(
        "id",
        "code",
        true,
        "een korte unieke code, bijvoorbeeld rijksbijdrage",
        "a short unique code, e.g. rijksbijdrage",
    ),
    col(
        "label",
        "naam",
        true,
        "de naam van de begrotingspost",
        "the budget line's name",
    ),
    col(
        "kind",
        "soort (inkomsten/uitgaven)",
        true,
        "inkomsten of uitgaven",
        "income (inkomsten) or expense (uitgaven)",
    ),
    col(
        "base_amount",
        "bedrag basisjaar (€)",
        false,
        "het bedrag in het basisjaar in euro (leeg mag als de jaarkolommen bedragen geven)",
        "the amount in the base year in euros (may be empty when the year columns give amounts)",
    ),
    col(
        "index",
        "indexatie per jaar (%)",
        false,
        "de jaarlijkse indexatie van het bedrag in procenten",
        "yearly indexation of the amount in percent",
    ),
    col(
        "source",
        "bron",
        false,
        "waar de bedragen vandaan komen",
        "where the amounts come from",
    ),
];

pub(super) const MUNICIPALITIES: [Column; 5] = [
    col("id", "code", false, "een korte unieke code (leeg: gemaakt uit de naam)", "a short unique code (empty: made from the name)"),
    col("name", "naam", true, "de naam van de gemeente", "the municipality's name"),
    col("share", "aandeel verdeelsleutel", true, "het aandeel in de verdeelsleutel: een percentage, gewicht of aantal inwoners", "the weight in the cost-sharing key: a percentage, weight or number of inhabitants"),
    col("own_use", "eigen gebruik", false, "het aandeel in het zorggebruik van de regio, voor het verzekeringsmodel (bij elke gemeente of bij geen)", "the share of the region's use of care, for the insurance model (for every municipality or none)"),
    col("source", "bron", false, "waar de aandelen vandaan komen", "where the shares come from"),
];

pub(super) const ALLOCATIONS: [Column; 6] = [
    col(
        "client",
        "client",
        false,
        "een pseudoniem van de cliënt (geen BSN); leeg: elke regel een traject",
        "a pseudonym of the client (no BSN); empty: each row a trajectory",
    ),
    col(
        "category",
        "productcategorie",
        true,
        "de iJw-productcategorie, twee cijfers, bijvoorbeeld 45",
        "the iJw product category, two digits, e.g. 45",
    ),
    col(
        "code",
        "productcode",
        false,
        "de iJw-productcode (mag leeg)",
        "the iJw product code (may be empty)",
    ),
    col(
        "start",
        "begindatum",
        true,
        "de eerste dag van de toewijzing, 31-12-2024 of 2024-12-31",
        "the allocation's first day, 31-12-2024 or 2024-12-31",
    ),
    col(
        "end",
        "einddatum",
        true,
        "de laatste dag van de toewijzing (leeg zolang ze loopt)",
        "the allocation's last day (empty while it runs)",
    ),
    col(
        "amount",
        "bedrag",
        false,
        "de gedeclareerde of verwachte kosten van de toewijzing in euro (mag leeg)",
        "the declared or expected cost of the allocation in euros (may be empty)",
    ),
];

pub(super) const MAPPING: [Column; 4] = [
    col("category", "productcategorie", true, "de iJw-productcategorie, twee cijfers, bijvoorbeeld 45", "the iJw product category, two digits, e.g. 45"),
    col("code", "productcode", false, "een productcode binnen de categorie (leeg: de hele categorie)", "a product code within the category (empty: the whole category)"),
    col("form", "zorgvorm", true, "de code of naam van de zorgvorm, bijvoorbeeld ambulant_specialistisch", "the care form's code or name, e.g. ambulant_specialistisch"),
    col("group", "groep", false, "de groep van een zorgvorm die de planner niet kent: lokaal, ambulant, verblijf, jbjr of crisis", "the group of a care form the planner does not know"),
];

pub(super) const ALLOCATION_ALIASES: [(&str, &str); 14] = [
    ("client", "clientnummer"),
    ("client", "pseudoniem"),
    ("client", "clientid"),
    ("client", "jeugdige"),
    ("category", "categorie"),
    ("category", "productcat"),
    ("category", "ijwcategorie"),
    ("code", "product"),
    ("start", "begin"),
    ("start", "startdatum"),
    ("start", "ingangsdatum"),
    ("end", "eind"),
    ("end", "einde"),
    ("amount", "kosten"),
];

pub(super) const MAPPING_ALIASES: [(&str, &str); 4] = [
    ("category", "categorie"),
    ("code", "product"),
    ("form", "code"),
    ("group", "zorggroep"),
];

/// Other names controllers use for the columns (already normalised).
pub(super) const CARE_FORM_ALIASES: [(&str, &str); 16] = [
    ("id", "id"),
    ("label", "naam"),
    ("label", "omschrijving"),
    ("clients_start", "clienten"),
    ("clients_start", "aantalclienten"),
    ("clients_start", "clienten1januari"),
    ("inflow_per_year", "instroom"),
    ("duration_months", "duurmaanden"),
    ("duration_months", "duur"),
    ("tariff_per_month", "tarief"),
    ("tariff_per_month", "tariefpermaand"),
    ("price_per_trajectory", "prijspertraject"),
    ("price_per_trajectory", "trajectprijs"),
    ("inflow_growth", "groei"),
    ("price_index", "index"),
    ("price_index", "indexatie"),
];

pub(super) const BUDGET_LINE_ALIASES: [(&str, &str); 13] = [
    ("id", "id"),
    ("label", "omschrijving"),
    ("label", "post"),
    ("label", "begrotingspost"),
    ("kind", "soort"),
    ("kind", "inkomstenuitgaven"),
    ("kind", "type"),
    ("base_amount", "bedrag"),
    ("base_amount", "basisbedrag"),
    ("base_amount", "bedragbasisjaar"),
    ("index", "indexatie"),
    ("index", "indexering"),
    ("index", "index"),
];

pub(super) const MUNICIPALITY_ALIASES: [(&str, &str); 15] = [
    ("id", "id"),
    ("name", "gemeente"),
    ("name", "gemeentenaam"),
    ("share", "aandeel"),
    ("share", "verdeelsleutel"),
    ("share", "gewicht"),
    ("share", "inwoners"),
    ("share", "inwonertal"),
    ("share", "aantalinwoners"),
    ("own_use", "gebruik"),
    ("own_use", "zorggebruik"),
    ("own_use", "aandeeleigengebruik"),
    ("own_use", "eigengebruikclienten"),
    ("own_use", "clienten"),
    ("own_use", "aantalclienten"),
];
