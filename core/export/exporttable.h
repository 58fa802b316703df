#pragma once

#include <QString>
#include <QStringList>
#include <QVariant>
#include <vector>

class QAbstractItemModel;

namespace herkomst {

// How a column is written: HS6 codes stay text (leading zeros), numbers stay numbers.
enum class ColumnKind {
    Text,
    Integer,
    Decimal,
    Percentage, // value is a fraction (0.523); XLSX shows 52,3 %, CSV writes 52,3
};

struct ExportColumn {
    QString header;
    ColumnKind kind = ColumnKind::Text;
    int decimals = 0;
};

// A plain table for the XLSX and CSV writers: the window passes its visible (filtered, sorted)
// rows, the annex builders pass the letter's lists. A missing value is an invalid QVariant or
// NaN and is written as an empty cell, never as zero. Text in a numeric column stays text.
struct ExportTable {
    QString sheetName; // worksheet name, at most 31 characters
    QString title;     // e.g. "Bijlage 2. Lijst van geconcentreerde producten"
    QStringList notes; // source, data, criteria, "synthetische demodata"
    std::vector<ExportColumn> columns;
    std::vector<QVariantList> rows;
};

// A header as text, without the line breaks and soft hyphens a screen header uses for its layout:
// "Grootste niet-EU-\nleverancier" -> "Grootste niet-EU-leverancier", "Invoer/\nuitvoer" ->
// "Invoer/uitvoer", "Invoer\n(mln euro)" -> "Invoer (mln euro)"; runs of spaces become one.
QString plainHeaderText(const QString &header);

// True when a cell holds a number (integral or floating point); exports write such cells as numbers.
bool isNumericCell(const QVariant &value);

// The rows of a model as shown (a QSortFilterProxyModel gives its filter and sort order).
// Column kinds follow the values of the role: integers, floating point or text; headers are
// plainHeaderText of the model's display headers.
ExportTable exportTableFromModel(const QAbstractItemModel &model, int role = Qt::EditRole);

} // namespace herkomst
