#pragma once

#include <QString>
#include <QStringList>
#include <array>
#include <optional>

namespace herkomst {

// What a column of a trade table holds.
enum class ColumnRole {
    Product, // HS6 (or CN8) code, possibly followed by its description
    Description,
    Partner, // partner country (origin of imports)
    Reporter,
    Year,
    ImportValue,
    ExportValue,
    Industry, // bedrijfstak / SBI
    WorldHhi, // world-market Herfindahl index
};
constexpr int columnRoleCount = int(ColumnRole::WorldHhi) + 1;

// Which of the CBS tables (docs/design.md §1) a sheet or file holds; decided by the columns present.
enum class TableKind { Unknown, ImportsByPartner, ExportsByProduct, ProductIndustry, WorldHhi };

// How to read one table: where the header is, which column is what, and the unit, year and
// reporter that apply. Auto-detection fills it; a wizard may override any part of it.
struct ColumnMapping {
    qint64 headerRow = 0;                       // 1-based row of the header; 0 = not found
    std::array<int, columnRoleCount> columns{}; // 1-based column per role; 0 = absent
    double unitFactor = 1.0;                    // multiply values by this to get currency units
    QString unitNote;                           // the unit as the source wrote it
    QString currency = QStringLiteral("EUR");
    int year = 0;     // 0: from a Year column, the request or the title
    QString reporter; // empty: the request's, else the importer's default

    int column(ColumnRole role) const { return columns[size_t(role)]; }
    bool has(ColumnRole role) const { return column(role) > 0; }
    void setColumn(ColumnRole role, int column) { columns[size_t(role)] = column; }
    TableKind tableKind() const;

    // Role of a header cell by Dutch and English synonyms ("Land van herkomst", "GS6",
    // "Invoerwaarde (x 1 000 euro)", "HHI", ...); nullopt when it names nothing we use.
    static std::optional<ColumnRole> roleForHeader(const QString &header);
    // Fills columns from a candidate header row; true when it is a usable header (a product
    // column and at least one other recognised column).
    bool detectHeader(const QStringList &cells, qint64 row);
    // Reads a unit such as "x 1 000 euro", "mln euro" or "(x 1.000 USD)"; false when none.
    bool detectUnit(const QString &text);
    // A year in a title ("Invoer ... 2020"), within the import's year range; 0 when none.
    static int yearInText(const QString &text);

    static QString roleName(ColumnRole role); // Dutch, for messages and the wizard
    static QString tableName(TableKind kind);
};

} // namespace herkomst
