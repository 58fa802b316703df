#include "import/hscode.h"

#include "import/importtext.h"

#include <QCoreApplication>
#include <cmath>

namespace herkomst {

namespace {

HsCode fromDigits(const QByteArray &digits)
{
    HsCode code;
    switch (digits.size()) {
    case 5: // HS6 whose leading zero a spreadsheet or BACI dropped
    case 6:
        code.hs6 = digits.rightJustified(6, '0');
        break;
    case 7: // the same for CN8
    case 8:
        code.cn8 = digits.rightJustified(8, '0');
        code.hs6 = code.cn8.left(6);
        break;
    default:
        code.error =
            ImportText::tr("goederencode van 6 cijfers (GS6) of 8 cijfers (GN) verwacht, gevonden %1 cijfers \"%2\"")
                .arg(digits.size())
                .arg(QString::fromLatin1(digits));
        break;
    }
    return code;
}

} // namespace

HsCode HsCode::parse(QStringView cell)
{
    const QStringView text = cell.trimmed();
    QByteArray digits;
    qsizetype i = 0;
    for (; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.isDigit() && c.unicode() < 128)
            digits.append(char(c.unicode()));
        else if (c != QLatin1Char('.') || digits.isEmpty())
            break;
    }
    if (digits.isEmpty())
        return {};
    // "010121abc" is no code followed by a description but a malformed code.
    if (i < text.size() && !text[i].isSpace() && text[i] != QLatin1Char('-') && text[i] != QLatin1Char(':')) {
        HsCode bad;
        bad.error = ImportText::tr("goederencode verwacht, gevonden \"%1\"").arg(text.toString());
        return bad;
    }
    HsCode code = fromDigits(digits);
    QStringView rest = text.mid(i).trimmed();
    while (!rest.isEmpty() && (rest.front() == QLatin1Char('-') || rest.front() == QLatin1Char(':')))
        rest = rest.mid(1).trimmed();
    code.description = rest.toString();
    return code;
}

HsCode HsCode::fromNumber(double number)
{
    if (!(number >= 1.0 && number < 1e8) || std::floor(number) != number) {
        HsCode bad;
        bad.error = ImportText::tr("goederencode verwacht, gevonden het getal %1").arg(number, 0, 'g', 12);
        return bad;
    }
    return fromDigits(QByteArray::number(qint64(number)));
}

} // namespace herkomst
