//! Writing a knob's value into the scenario, unvalidated: [`crate::edit`]
//! validates every edit as a whole.

use super::slot::gone;
use super::*;
use crate::validate::Problem;

impl Scenario {
    /// Writes `value` into the knob at `address`, without validating the
    /// result: [`crate::edit`] validates every edit as a whole. Refuses only
    /// what cannot be written at all (the knob is gone, a year with
    /// decimals).
    pub(crate) fn write_knob(&mut self, address: &Address, value: Decimal) -> Result<(), Problem> {
        if self.knob_value(address) == Some(value) {
            // Nothing to write; an investment year read as 0 stays unset.
            return Ok(());
        }
        self.slot_mut(address)
            .ok_or_else(|| gone(address))?
            .write(value, address)
    }
}
