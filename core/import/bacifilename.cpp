#include "import/bacifilename.h"

#include "io/inputfile.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace herkomst {

BaciFileName BaciFileName::parse(const QString &path)
{
    static const QRegularExpression yearFile(QStringLiteral("^BACI_(HS\\d\\d)_Y(\\d{4})_V(\\d+)[^/]*\\.csv$"),
                                             QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression countries(QStringLiteral("^country_codes_V(\\d+)\\.csv$"),
                                              QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression products(QStringLiteral("^product_codes_(HS\\d\\d)_V(\\d+)\\.csv$"),
                                             QRegularExpression::CaseInsensitiveOption);
    const QString name = QFileInfo(path).fileName();
    BaciFileName result;
    QRegularExpressionMatch m = yearFile.match(name);
    if (m.hasMatch()) {
        result.kind = Kind::YearFile;
        result.nomenclature = m.captured(1).toUpper();
        result.year = m.captured(2).toInt();
        result.version = m.captured(3);
    } else if ((m = countries.match(name)).hasMatch()) {
        result.kind = Kind::CountryCodes;
        result.version = m.captured(1);
    } else if ((m = products.match(name)).hasMatch()) {
        result.kind = Kind::ProductCodes;
        result.nomenclature = m.captured(1).toUpper();
        result.version = m.captured(2);
    }
    return result;
}

QString BaciFileName::findSideFile(const QString &beside, Kind kind)
{
    const BaciFileName wanted = parse(beside);
    // The folder of the year file, or the archive it came in (a BACI release zip holds its lists).
    const QString folder = beside.left(QDir::fromNativeSeparators(beside).lastIndexOf(QLatin1Char('/')) + 1);
    const QStringList candidates = io::InputFile::siblings(beside);
    QString best;
    QString bestVersion;
    for (const QString &name : candidates) {
        const BaciFileName candidate = parse(name);
        if (candidate.kind != kind)
            continue;
        if (kind == Kind::ProductCodes && !wanted.nomenclature.isEmpty() &&
            candidate.nomenclature != wanted.nomenclature)
            continue;
        if (candidate.version == wanted.version)
            return folder + name;
        if (candidate.version > bestVersion) {
            bestVersion = candidate.version;
            best = folder + name;
        }
    }
    return best;
}

} // namespace herkomst
