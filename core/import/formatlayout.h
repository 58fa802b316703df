#pragma once

#include <QString>
#include <QStringList>
#include <vector>

namespace herkomst {

class FlowFormat;

// The columns a format with a fixed layout reads (BACI, Eurostat Comext, UN Comtrade), what each
// holds, and the unit its values come in, so the import wizard can show a file as the format
// will read it. Formats whose columns the user may map (CBS tables) have none.
struct FormatLayout {
    struct Column {
        QString name;    // as the source writes it in the header: "t", "PARTNER_ISO"
        QString meaning; // Dutch, translated ("Import" context): "jaar", "partnerland (ISO)"
        bool required = true;
        QStringList synonyms; // header texts it is known by, normalised (FlowFormat::normaliseHeader)
    };
    std::vector<Column> columns;
    QString unitNote;  // the values' unit as the source gives them, Dutch: "x 1 000 USD"
    QString currency;  // "USD", "EUR"
    QString sideFiles; // files the format reads beside its data, Dutch; empty when none

    bool isEmpty() const { return columns.empty(); }
};

// The layout of a one-flow-per-row download (Comext, Comtrade) from its FlowFormat; extra holds
// the meanings of the format's own roles, indexed from FlowFormat::FirstExtraRole.
FormatLayout flowFormatLayout(const FlowFormat &format, const std::vector<QString> &extra);

} // namespace herkomst
