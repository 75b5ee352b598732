//! The citizen's self-assessment in the browser and the widget NGOs embed.
//! A placeholder until the web issue fills it; it only proves that the core
//! links into a wasm32 cdylib.

/// How many criteria sets the core bundles.
pub fn bundled_set_count() -> usize {
    napcheck_core::BUNDLED_SETS.len()
}
