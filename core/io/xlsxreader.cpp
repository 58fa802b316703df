#include "io/xlsxreader.h"

#include "io/chunkprefetch.h"
#include "io/textdecoding.h"
#include "io/xmlpullparser.h"
#include "io/ziparchive.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>

#include <charconv>
#include <cstring>
#include <optional>

namespace herkomst::io {

namespace {

constexpr int maxColumns = 16384;   // XFD, Excel's limit
constexpr qint64 maxRows = 1048576; // Excel's limit

using Token = XmlPullParser::Token;

QString sizeText(qint64 bytes)
{
    return QStringLiteral("%1 MiB").arg(double(bytes) / (1 << 20), 0, 'f', 1);
}

// Resolves a relationship target against the folder of the part that owns the relationships.
QString resolveTarget(const QString &baseDir, const QString &target)
{
    if (target.startsWith(u'/'))
        return QDir::cleanPath(target.mid(1));
    return QDir::cleanPath(baseDir.isEmpty() ? target : baseDir + u'/' + target);
}

// A row number or shared-string index: digits only, no overflow (a 20-digit row number is refused,
// not wrapped around).
bool toIndex(QByteArrayView text, qint64 &out)
{
    text = text.trimmed();
    const char *end = text.data() + text.size();
    const auto result = std::from_chars(text.data(), end, out);
    return !text.isEmpty() && result.ec == std::errc() && result.ptr == end && out >= 0;
}

// A <v> as a number, correctly rounded (std::from_chars), as every writer formats it
// ("472.89999999999998", "1E-3", "17").
bool toNumber(QByteArrayView text, double &out)
{
    text = text.trimmed();
    if (!text.isEmpty() && text.front() == '+')
        text = text.sliced(1);
    const char *end = text.data() + text.size();
    const auto result = std::from_chars(text.data(), end, out);
    return !text.isEmpty() && result.ec == std::errc() && result.ptr == end;
}

// "B12" -> column 2; false when not a valid reference.
bool cellColumn(QByteArrayView ref, int &column)
{
    qsizetype letters = 0;
    while (letters < ref.size() &&
           ((ref[letters] >= 'A' && ref[letters] <= 'Z') || (ref[letters] >= 'a' && ref[letters] <= 'z')))
        ++letters;
    // At most three letters (XFD): widened on the stack, so a cell costs no allocation.
    char16_t wide[3];
    if (letters > 3)
        return false;
    for (qsizetype i = 0; i < letters; ++i)
        wide[i] = char16_t(uchar(ref[i]));
    const int col = XlsxReader::columnIndex(QStringView(wide, letters));
    if (col == 0)
        return false;
    if (letters < ref.size()) {
        qint64 row = 0;
        if (!toIndex(ref.sliced(letters), row) || row < 1 || row > maxRows)
            return false;
    }
    column = col;
    return true;
}

// An element's local name against a literal, inlined: the sheet's XML asks this several times
// per cell.
template <size_t N>
bool named(QByteArrayView name, const char (&literal)[N])
{
    return name.size() == qsizetype(N - 1) && std::memcmp(name.data(), literal, N - 1) == 0;
}

} // namespace

struct XlsxReader::Private {
    struct Sheet {
        QString name;
        QString path;
        bool isWorksheet = true;
    };

    QString path;
    QString shownPath;
    std::optional<ZipArchive> zip;
    SourceError err;
    QList<Sheet> sheets;
    QStringList shared;
    std::unique_ptr<ChunkPrefetch> prefetch; // a sheet inflating ahead of its parser
    std::unique_ptr<XmlPullParser> xml;      // the part being read
    QString part;
    QString sheetName;
    qint64 lastRow = 0;
    bool sheetDone = true;
    QByteArray text;      // scratch for collected character data
    QByteArray cellValue; // scratch: the <v> of the cell being read
    QByteArray cellType;  // scratch: its t attribute

    bool fail(const QString &message, qint64 row = 0, int column = 0)
    {
        if (err.isNull()) // the first problem is the one worth showing
            err = {shownPath.isEmpty() ? path : shownPath, row, column, message};
        return false;
    }

    QString where() const { return XlsxReader::tr("blad '%1': ").arg(sheetName); }

    bool zipFailed()
    {
        const QString entry = zip->entryName();
        switch (zip->problem()) {
        case ZipArchive::Problem::None:
            return fail(XlsxReader::tr("XLSX-onderdeel %1 kan niet worden gelezen").arg(entry));
        case ZipArchive::Problem::CannotOpen:
            return fail(XlsxReader::tr("bestand kan niet worden geopend: %1").arg(zip->detail()));
        case ZipArchive::Problem::Empty:
            return fail(XlsxReader::tr("bestand is leeg"));
        case ZipArchive::Problem::OldExcel:
            return fail(XlsxReader::tr("dit is een oud Excel-bestand (xls) of een met wachtwoord beveiligd bestand; "
                                       "sla het op als .xlsx zonder wachtwoord"));
        case ZipArchive::Problem::NotZip:
            return fail(XlsxReader::tr("geen XLSX-bestand (geen zip-archief)"));
        case ZipArchive::Problem::Damaged:
            return fail(XlsxReader::tr("XLSX-bestand is beschadigd of onvolledig (zip-archief kan niet worden "
                                       "geopend)"));
        case ZipArchive::Problem::EntryMissing:
            return fail(XlsxReader::tr("XLSX mist het onderdeel %1; is het wel een Excel-bestand?").arg(entry));
        case ZipArchive::Problem::EntryDamaged:
            return fail(XlsxReader::tr("XLSX-onderdeel %1 is beschadigd (uitpakken mislukt)").arg(entry));
        case ZipArchive::Problem::Encrypted:
            return fail(
                XlsxReader::tr("XLSX-onderdeel %1 kan niet worden uitgepakt (met wachtwoord beveiligd)").arg(entry));
        case ZipArchive::Problem::TooLarge:
            return fail(XlsxReader::tr("XLSX-onderdeel %1 is uitgepakt %2, meer dan toegestaan (%3); mogelijk een "
                                       "zip-bom, geweigerd")
                            .arg(entry, sizeText(zip->figure()), sizeText(zip->limits().maxEntryBytes)));
        case ZipArchive::Problem::RatioTooHigh:
            return fail(XlsxReader::tr("XLSX-onderdeel %1 heeft een verdachte compressieverhouding (%2:1); mogelijk "
                                       "een zip-bom, geweigerd")
                            .arg(entry)
                            .arg(zip->figure()));
        case ZipArchive::Problem::LongerThanSaid:
            return fail(XlsxReader::tr("XLSX-onderdeel %1 pakt groter uit dan het archief opgeeft; mogelijk een "
                                       "zip-bom, geweigerd")
                            .arg(entry));
        case ZipArchive::Problem::Cancelled:
            return fail(XlsxReader::tr("inlezen afgebroken"));
        }
        return false;
    }

    bool xmlFailed(qint64 row = 0)
    {
        switch (xml->problem()) {
        case XmlPullParser::Problem::SourceFailed:
            return zipFailed();
        case XmlPullParser::Problem::Dtd:
            return fail(XlsxReader::tr("XLSX bevat een DTD; geweigerd"));
        case XmlPullParser::Problem::UnknownEntity:
            return fail(
                XlsxReader::tr("XLSX bevat een onbekende entiteit (&%1;); geweigerd").arg(xml->problemDetail()));
        case XmlPullParser::Problem::Incomplete:
            return fail(XlsxReader::tr("XLSX-onderdeel %1 is onvolledig").arg(part), row);
        case XmlPullParser::Problem::NotUtf8:
            return fail(XlsxReader::tr("XLSX-onderdeel %1 bevat ongeldige XML: geen UTF-8").arg(part), row);
        case XmlPullParser::Problem::Malformed:
        case XmlPullParser::Problem::None:
            break;
        }
        return fail(XlsxReader::tr("XLSX-onderdeel %1 bevat ongeldige XML: %2").arg(part, xml->problemDetail()), row);
    }

    // Opens a part for parsing; a missing optional part leaves `xml` empty without an error.
    // A sheet (`ahead`) inflates on a thread of its own while it is parsed.
    bool openPart(const QString &name, bool required, bool ahead = false)
    {
        xml.reset();
        prefetch.reset();
        part = name;
        if (!zip->openEntry(name, !required))
            return !required && zip->problem() == ZipArchive::Problem::None ? true : zipFailed();
        if (!ahead) {
            xml = std::make_unique<XmlPullParser>([this](QByteArray &chunk) { return zip->read(chunk); });
            return true;
        }
        prefetch = std::make_unique<ChunkPrefetch>([this](QByteArray &chunk) { return zip->read(chunk); });
        xml = std::make_unique<XmlPullParser>([this](QByteArray &chunk) { return prefetch->read(chunk); });
        return true;
    }

    // UTF-8 character data as text; false (and an error) for bytes that are no UTF-8.
    bool toText(QByteArrayView bytes, QString &out, qint64 row = 0)
    {
        if (TextDecoding::isAscii(bytes))
            out = QString::fromLatin1(bytes);
        else if (TextDecoding::isValidUtf8(bytes))
            out = QString::fromUtf8(bytes);
        else
            return fail(XlsxReader::tr("XLSX-onderdeel %1 bevat ongeldige XML: geen UTF-8").arg(part), row);
        return true;
    }

    // The character data of the element just started, up to its end tag, into `text`. With
    // richText only <t> content outside phonetic runs (<rPh>) counts, as in shared and inline strings.
    bool collect(bool richText, qint64 row = 0)
    {
        text.truncate(0);
        const int depth = xml->depth();
        int inT = 0, inPhonetic = 0;
        for (;;) {
            switch (xml->next()) {
            case Token::Invalid:
                return xmlFailed(row);
            case Token::EndDocument:
                return fail(XlsxReader::tr("XLSX-onderdeel %1 is onvolledig").arg(part), row);
            case Token::StartElement:
                inT += named(xml->name(), "t");
                inPhonetic += named(xml->name(), "rPh");
                break;
            case Token::EndElement:
                if (xml->depth() == depth)
                    return true;
                inT -= named(xml->name(), "t");
                inPhonetic -= named(xml->name(), "rPh");
                break;
            case Token::Text:
                if (!richText || (inT > 0 && inPhonetic == 0))
                    text += xml->text();
                break;
            }
        }
    }

    // Calls onElement() at every start tag named `element` in a whole part; onElement returns
    // false to abort. A missing optional part counts as empty.
    template <typename F>
    bool forEachElement(const QString &name, bool required, QByteArrayView element, F onElement)
    {
        if (!openPart(name, required))
            return false;
        if (!xml)
            return true;
        for (;;) {
            const Token token = xml->next();
            if (token == Token::Invalid)
                return xmlFailed();
            if (token == Token::EndDocument)
                return true;
            if (token == Token::StartElement && xml->name() == element && !onElement())
                return false;
        }
    }

    bool attributeText(QByteArrayView raw, QString &out)
    {
        QByteArray decoded;
        QByteArray entity;
        if (!XmlPullParser::decode(raw, decoded, &entity))
            return fail(
                XlsxReader::tr("XLSX bevat een onbekende entiteit (&%1;); geweigerd").arg(QString::fromUtf8(entity)));
        return toText(decoded, out);
    }

    // Relationship Id -> (target path, type) for a .rels part.
    bool readRels(const QString &relsPath, const QString &baseDir, QHash<QString, std::pair<QString, QString>> &out,
                  bool required)
    {
        return forEachElement(relsPath, required, "Relationship", [&] {
            if (xml->attribute("TargetMode") == "External")
                return true;
            QString id, target, type;
            if (!attributeText(xml->attribute("Id"), id) || !attributeText(xml->attribute("Target"), target) ||
                !attributeText(xml->attribute("Type"), type))
                return false;
            out.insert(id, {resolveTarget(baseDir, target), type});
            return true;
        });
    }

    bool readWorkbook()
    {
        QString workbookPath = QStringLiteral("xl/workbook.xml");
        QHash<QString, std::pair<QString, QString>> rootRels;
        if (!readRels(QStringLiteral("_rels/.rels"), QString(), rootRels, false))
            return false;
        for (const auto &rel : std::as_const(rootRels)) {
            if (rel.second.endsWith(u"/officeDocument"))
                workbookPath = rel.first;
        }
        const QFileInfo info(workbookPath);
        const QString dir = info.path() == u"." ? QString() : info.path();
        const QString relsPath = (dir.isEmpty() ? QString() : dir + u'/') + QStringLiteral("_rels/") + info.fileName() +
                                 QStringLiteral(".rels");
        QHash<QString, std::pair<QString, QString>> rels;
        if (!readRels(relsPath, dir, rels, true))
            return false;

        const bool ok = forEachElement(workbookPath, true, "sheet", [&] {
            Sheet sheet;
            QString id;
            // r:id; the namespace differs in Strict OOXML, so only the local name counts.
            if (!attributeText(xml->attribute("name"), sheet.name) || !attributeText(xml->attribute("id"), id))
                return false;
            const auto rel = rels.value(id);
            if (rel.first.isEmpty())
                return fail(XlsxReader::tr("blad '%1' verwijst naar een onderdeel dat ontbreekt").arg(sheet.name));
            sheet.path = rel.first;
            sheet.isWorksheet = rel.second.endsWith(u"/worksheet");
            sheets.append(sheet);
            return true;
        });
        if (!ok)
            return false;
        if (sheets.isEmpty())
            return fail(XlsxReader::tr("XLSX bevat geen werkbladen"));

        QString sharedPath = QStringLiteral("xl/sharedStrings.xml");
        bool sharedRequired = false;
        for (const auto &rel : std::as_const(rels)) {
            if (rel.second.endsWith(u"/sharedStrings")) {
                sharedPath = rel.first;
                sharedRequired = true;
            }
        }
        return forEachElement(sharedPath, sharedRequired, "si", [&] {
            QString string;
            if (!collect(true) || !toText(text, string))
                return false;
            shared.append(string);
            return true;
        });
    }

    bool skipElement(qint64 row)
    {
        const int depth = xml->depth();
        for (;;) {
            const Token token = xml->next();
            if (token == Token::Invalid)
                return xmlFailed(row);
            if (token == Token::EndDocument)
                return fail(where() + XlsxReader::tr("werkblad is onvolledig"), row);
            if (token == Token::EndElement && xml->depth() == depth)
                return true;
        }
    }

    bool readCell(XlsxRow &row, int &column)
    {
        const QByteArrayView ref = xml->attribute("r");
        cellType.truncate(0); // reused, so a cell costs no allocation
        cellType.append(xml->attribute("t"));
        const QByteArrayView type = cellType;
        if (!ref.isNull()) {
            if (!cellColumn(ref, column))
                return fail(where() +
                                XlsxReader::tr("ongeldige celverwijzing '%1'").arg(XmlPullParser::excerpt(ref, 20)),
                            row.row);
        } else {
            ++column; // LibreOffice and some generators omit r: the cell follows the previous one
        }
        if (column < 1 || column > maxColumns)
            return fail(where() + XlsxReader::tr("meer dan %1 kolommen").arg(maxColumns), row.row);

        QByteArray &value = cellValue;
        value.truncate(0);
        QString inlineText;
        bool hasValue = false, hasInline = false;
        const int depth = xml->depth();
        for (;;) {
            const Token token = xml->next();
            if (token == Token::Invalid)
                return xmlFailed(row.row);
            if (token == Token::EndDocument)
                return fail(where() + XlsxReader::tr("werkblad is onvolledig"), row.row, column);
            if (token == Token::EndElement && xml->depth() == depth)
                break; // </c>
            if (token != Token::StartElement)
                continue;
            if (named(xml->name(), "v")) {
                if (!collect(false, row.row))
                    return false;
                value.swap(text);
                hasValue = true;
            } else if (named(xml->name(), "is")) {
                if (!collect(true, row.row) || !toText(text, inlineText, row.row))
                    return false;
                hasInline = true;
            } else if (!skipElement(row.row)) { // <f> formulas and extensions
                return false;
            }
        }
        return storeCell(row, column, type, hasValue, value, hasInline ? &inlineText : nullptr);
    }

    // Turns a cell's type attribute and <v> / inline text into an XlsxCell in row.
    bool storeCell(XlsxRow &row, int column, QByteArrayView type, bool hasValue, QByteArrayView value,
                   const QString *inlineText)
    {
        XlsxCell cell;
        if (type == "s") {
            qint64 index = 0;
            if (!hasValue)
                ; // styled but empty
            else if (!toIndex(value, index) || index >= shared.size())
                return fail(where() + XlsxReader::tr("verwijzing naar gedeelde tekst %1 bestaat niet")
                                          .arg(XmlPullParser::excerpt(value, 20)),
                            row.row, column);
            else
                setText(cell, shared.at(index));
        } else if (type == "inlineStr") {
            QString string;
            if (!inlineText && !toText(value, string, row.row))
                return false;
            setText(cell, inlineText ? *inlineText : string);
        } else if (type == "str" || type == "d" || type == "e") { // formula text; ISO dates stay text
            QString string;
            if (!toText(value, string, row.row))
                return false;
            setText(cell, string);
            if (type == "e") {
                cell.kind = XlsxCell::Kind::Error;
                cell.text = string;
            }
        } else if (type == "b") {
            if (hasValue) {
                cell.kind = XlsxCell::Kind::Boolean;
                cell.number = value.trimmed() == "1" ? 1.0 : 0.0;
            }
        } else if (hasValue) {
            double number = 0.0;
            if (toNumber(value, number)) {
                cell.kind = XlsxCell::Kind::Number;
                cell.number = number;
            } else {
                QString string;
                if (!toText(value, string, row.row))
                    return false;
                setText(cell, string); // not a number after all; keep what is there
            }
        }
        if (!cell.isEmpty()) {
            if (int(row.cells.size()) < column)
                row.cells.resize(size_t(column));
            row.cells[size_t(column - 1)] = std::move(cell);
        }
        return true;
    }

    static void setText(XlsxCell &cell, const QString &string)
    {
        if (string.isEmpty())
            return; // an empty string is as good as an empty cell to every importer
        cell.kind = XlsxCell::Kind::Text;
        cell.text = string;
    }

    bool readRowBody(XlsxRow &row)
    {
        int column = 0;
        const int depth = xml->depth();
        for (;;) {
            const Token token = xml->next();
            if (token == Token::Invalid)
                return xmlFailed(row.row);
            if (token == Token::EndDocument)
                return fail(where() + XlsxReader::tr("werkblad is onvolledig"), row.row);
            if (token == Token::EndElement && xml->depth() == depth)
                return true; // </row>
            if (token != Token::StartElement)
                continue;
            if (named(xml->name(), "c") ? !readCell(row, column) : !skipElement(row.row))
                return false;
        }
    }
};

XlsxReader::XlsxReader(const QString &path) : XlsxReader(path, Limits()) {}

void XlsxReader::setFileName(const QString &name)
{
    d->shownPath = name;
}

XlsxReader::XlsxReader(const QString &path, const Limits &limits) : d(std::make_unique<Private>())
{
    d->path = path;
    d->zip.emplace(path, limits);
}

XlsxReader::~XlsxReader() = default;

bool XlsxReader::open()
{
    if (!d->zip->open())
        return d->zipFailed();
    return d->readWorkbook();
}

QStringList XlsxReader::sheetNames() const
{
    QStringList names;
    for (const auto &s : d->sheets)
        names << s.name;
    return names;
}

bool XlsxReader::openSheet(int index)
{
    d->xml.reset();
    d->prefetch.reset();
    d->sheetDone = true;
    if (!d->err.isNull())
        return false;
    if (index < 0 || index >= d->sheets.size())
        return d->fail(tr("blad %1 bestaat niet").arg(index + 1));
    const auto &sheet = d->sheets.at(index);
    d->sheetName = sheet.name;
    if (!sheet.isWorksheet)
        return d->fail(tr("blad '%1' is geen werkblad (grafiek of macro)").arg(sheet.name));
    if (!d->openPart(sheet.path, true, true))
        return false;
    d->lastRow = 0;
    d->sheetDone = false;
    return true;
}

bool XlsxReader::openSheet(const QString &name)
{
    const int index = int(sheetNames().indexOf(name));
    if (index < 0)
        return d->fail(tr("blad '%1' bestaat niet").arg(name));
    return openSheet(index);
}

bool XlsxReader::readRow(XlsxRow &row)
{
    if (!d->xml || d->sheetDone || !d->err.isNull())
        return false;
    XmlPullParser &xml = *d->xml;
    for (;;) {
        const Token token = xml.next();
        if (token == Token::Invalid)
            return d->xmlFailed();
        if (token == Token::EndDocument || (token == Token::EndElement && named(xml.name(), "sheetData"))) {
            d->sheetDone = true;
            return false;
        }
        if (token != Token::StartElement || !named(xml.name(), "row"))
            continue;
        const QByteArrayView r = xml.attribute("r");
        qint64 number = d->lastRow + 1; // absent r: the row follows the previous one
        if (!r.isNull() && !toIndex(r, number))
            number = 0;
        if (number < 1 || number > maxRows)
            return d->fail(d->where() + tr("ongeldig rijnummer '%1'").arg(XmlPullParser::excerpt(r, 24)));
        d->lastRow = number;
        row.row = number;
        row.cells.clear();
        return d->readRowBody(row);
    }
}

bool XlsxReader::readSheet(int index, std::vector<XlsxRow> &rows)
{
    rows.clear();
    if (!openSheet(index))
        return false;
    XlsxRow row;
    while (readRow(row))
        rows.push_back(std::move(row));
    return d->err.isNull();
}

bool XlsxReader::hasError() const
{
    return !d->err.isNull();
}

SourceError XlsxReader::error() const
{
    return d->err;
}

bool XlsxReader::isCancelled() const
{
    return d->zip->isCancelled();
}

void XlsxReader::setCancelFlag(const std::atomic_bool *flag)
{
    d->zip->setCancelFlag(flag);
}

int XlsxReader::columnIndex(QStringView letters)
{
    if (letters.isEmpty() || letters.size() > 3)
        return 0;
    int col = 0;
    for (QChar c : letters) {
        const char16_t u = c.unicode();
        if (u >= u'a' && u <= u'z')
            col = col * 26 + (u - u'a' + 1);
        else if (u >= u'A' && u <= u'Z')
            col = col * 26 + (u - u'A' + 1);
        else
            return 0;
    }
    return col <= maxColumns ? col : 0;
}

bool XlsxReader::parseCellReference(QStringView ref, int &column, qint64 &row)
{
    qsizetype i = 0;
    while (i < ref.size() && ref[i].isLetter())
        ++i;
    const int col = columnIndex(ref.first(i));
    if (col == 0)
        return false;
    qint64 r = 0;
    if (i < ref.size()) {
        if (!toIndex(ref.sliced(i).toLatin1(), r) || r < 1 || r > maxRows)
            return false;
    }
    column = col;
    row = r;
    return true;
}

} // namespace herkomst::io
