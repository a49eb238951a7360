//! Colours that survive a washed-out projector and colour blindness: the
//! Okabe-Ito palette, one hue family per care group, lighter shades for the
//! forms within a group; lines also differ by marker shape.

use jeugdscenario_engine::scenario::{CareForm, CareGroup};
use jeugdscenario_engine::view::chart::Tone;
use plotters::style::RGBColor;

pub const INK: RGBColor = RGBColor(0x1f, 0x29, 0x33);
pub const GRID: RGBColor = RGBColor(0xd9, 0xde, 0xe3);
pub const GAP: RGBColor = RGBColor(0xD5, 0x5E, 0x00);
pub const SCENARIO: RGBColor = RGBColor(0x00, 0x72, 0xB2);
pub const OTHER_EXPENSES: RGBColor = RGBColor(0x9a, 0xa3, 0xad);
pub const INVESTMENTS: RGBColor = RGBColor(0x5b, 0x64, 0x6e);

pub fn group_colour(group: CareGroup) -> RGBColor {
    match group {
        CareGroup::Lokaal => RGBColor(0x00, 0x9E, 0x73),
        CareGroup::Ambulant => RGBColor(0x00, 0x72, 0xB2),
        CareGroup::Verblijf => RGBColor(0xE6, 0x9F, 0x00),
        CareGroup::Jbjr => RGBColor(0xCC, 0x79, 0xA7),
        CareGroup::Crisis => RGBColor(0x8C, 0x7A, 0x00),
    }
}

/// Colour per care form: its group's hue, mixed with white the further it
/// stands in its group, so neighbours in a stack stay apart.
pub fn form_colours(forms: &[CareForm]) -> Vec<RGBColor> {
    forms
        .iter()
        .map(|form| {
            let same: Vec<&CareForm> = forms.iter().filter(|f| f.group == form.group).collect();
            let position = same.iter().position(|f| f.id == form.id).unwrap_or(0);
            let tint = if same.len() <= 1 {
                0.0
            } else {
                0.62 * position as f64 / (same.len() - 1) as f64
            };
            mix_white(group_colour(form.group), tint)
        })
        .collect()
}

fn mix_white(c: RGBColor, t: f64) -> RGBColor {
    let m = |v: u8| (f64::from(v) + (255.0 - f64::from(v)) * t).round() as u8;
    RGBColor(m(c.0), m(c.1), m(c.2))
}

pub fn css(c: RGBColor) -> String {
    format!("#{:02x}{:02x}{:02x}", c.0, c.1, c.2)
}

/// The colour of a line or band of an engine chart: ink for references,
/// blue for the scenario, and for scenarios side by side blue, orange,
/// green and purple (Okabe-Ito).
pub fn tone_colour(tone: Tone) -> RGBColor {
    const NTH: [RGBColor; 4] = [
        SCENARIO,
        GAP,
        RGBColor(0x00, 0x9E, 0x73),
        RGBColor(0xCC, 0x79, 0xA7),
    ];
    match tone {
        Tone::Ink => INK,
        Tone::Scenario => SCENARIO,
        Tone::Nth(n) => NTH[usize::from(n) % NTH.len()],
    }
}
