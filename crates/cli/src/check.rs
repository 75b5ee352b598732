//! One document through the layers of `napcheck validate`: JSON syntax,
//! duplicate keys, the published schema, then the core's typed parse and
//! semantic checks, each finding located in the text.

pub mod crosswalk;
pub mod document;
pub mod outcome;
pub mod reply;
pub mod round;
mod schema;
mod schema_messages;
mod vouch;

pub use schema::validator;
