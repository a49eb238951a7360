//! Workshop mode shows a pin ("Toon in workshop") beside the knobs a room
//! moves. The lever panels do not know workshop mode: they ask this slot,
//! which the workshop feature fills, so neither feature imports the other.

use jeugdscenario_engine::Address;
use leptos::prelude::*;

/// What to show beside the knob at an address; provided by the workshop.
#[derive(Clone, Copy)]
pub struct PinSlot(pub fn(Address) -> AnyView);

impl PinSlot {
    /// The pin for `address`, where the workshop provides one.
    pub fn beside(address: Address) -> Option<AnyView> {
        use_context::<PinSlot>().map(|slot| (slot.0)(address))
    }
}
