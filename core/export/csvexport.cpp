#include "export/csvexport.h"

#include "export/savefile.h"

#include <QLocale>

#include <cmath>

namespace herkomst {

namespace {

QString quoted(const QString &field)
{
    static const QString special = QStringLiteral(";\"\r\n");
    bool needsQuotes = field.startsWith(QLatin1Char(' ')) || field.endsWith(QLatin1Char(' '));
    for (const QChar c : field)
        needsQuotes = needsQuotes || special.contains(c);
    if (!needsQuotes)
        return field;
    QString escaped = field;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString formatCell(const QVariant &value, const ExportColumn &column, const QLocale &dutch)
{
    if (!value.isValid() || value.isNull())
        return {};
    if (column.kind == ColumnKind::Text || !isNumericCell(value))
        return quoted(value.toString());
    double v = value.toDouble();
    if (std::isnan(v))
        return {};
    if (std::isinf(v))
        return quoted(QStringLiteral("∞"));
    switch (column.kind) {
    case ColumnKind::Integer:
        return dutch.toString(qint64(std::llround(v)));
    case ColumnKind::Percentage:
        v *= 100.0;
        [[fallthrough]];
    default:
        return dutch.toString(v, 'f', column.decimals);
    }
}

} // namespace

QByteArray toCsv(const ExportTable &table)
{
    QLocale dutch(QLocale::Dutch, QLocale::Netherlands);
    dutch.setNumberOptions(QLocale::OmitGroupSeparator);
    QString text;
    QStringList fields;
    for (const ExportColumn &column : table.columns)
        fields << quoted(column.header);
    text += fields.join(QLatin1Char(';')) + QStringLiteral("\r\n");
    for (const QVariantList &row : table.rows) {
        fields.clear();
        for (size_t c = 0; c < table.columns.size(); ++c)
            fields << (int(c) < row.size() ? formatCell(row[int(c)], table.columns[c], dutch) : QString());
        text += fields.join(QLatin1Char(';')) + QStringLiteral("\r\n");
    }
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

bool writeCsv(const ExportTable &table, const QString &path, QString *error)
{
    return saveFile(path, toCsv(table), error);
}

} // namespace herkomst
