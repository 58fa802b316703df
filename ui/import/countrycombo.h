#pragma once

class QComboBox;

namespace herkomst::ui {

// Appends every country (not aggregates) by Dutch name, with the ISO3 code as item data.
void addCountryItems(QComboBox *combo);

} // namespace herkomst::ui
