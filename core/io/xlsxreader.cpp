#include "io/xlsxreader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QXmlStreamReader>

#include <quazip.h>
#include <quazipfile.h>
#include <quazipfileinfo.h>

#include <optional>

namespace herkomst::io {

namespace {

constexpr int kMaxColumns = 16384;     // XFD, Excel's limit
constexpr qint64 kMaxRows = 1048576;   // Excel's limit
constexpr qint64 kChunkBytes = 64 * 1024;

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

} // namespace

struct XlsxReader::Private
{
    struct Sheet
    {
        QString name;
        QString path;
        bool isWorksheet = true;
    };

    // One zip entry parsed incrementally, counting the bytes that really come out of inflate.
    struct Entry
    {
        Private *owner = nullptr;
        QString name;
        std::unique_ptr<QuaZipFile> file;
        QXmlStreamReader xml;
        qint64 inflated = 0;
        qint64 declared = 0;
        qint64 compressed = 0;
        bool atEnd = false;
        int depth = 0;
        bool rootClosed = false;

        bool feed()
        {
            QByteArray chunk(kChunkBytes, Qt::Uninitialized);
            const qint64 n = file->read(chunk.data(), chunk.size());
            if (n < 0 || file->getZipError() != UNZ_OK)
                return owner->fail(QStringLiteral("XLSX-onderdeel %1 is beschadigd (uitpakken "
                                                  "mislukt)").arg(name));
            if (n == 0) {
                atEnd = true;
                return true;
            }
            inflated += n;
            const Limits &lim = owner->limits;
            // The declared sizes were checked before opening; these catch headers that lie.
            if (inflated > lim.maxEntryBytes || inflated > declared)
                return owner->fail(QStringLiteral("XLSX-onderdeel %1 pakt groter uit dan "
                                                  "toegestaan (%2); mogelijk een zip-bom, geweigerd")
                                       .arg(name, sizeText(lim.maxEntryBytes)));
            if (inflated > lim.ratioCheckFromBytes
                && double(inflated) > lim.maxCompressionRatio * double(std::max<qint64>(compressed, 1)))
                return owner->fail(QStringLiteral("XLSX-onderdeel %1 is verdacht sterk "
                                                  "gecomprimeerd; mogelijk een zip-bom, geweigerd")
                                       .arg(name));
            if (owner->cancel && owner->cancel->load(std::memory_order_relaxed)) {
                owner->cancelled = true;
                return owner->fail(QStringLiteral("inlezen afgebroken"));
            }
            chunk.truncate(n);
            xml.addData(chunk);
            return true;
        }

        // Next token; Invalid after any error (already reported). DTDs are refused outright:
        // they are the door to entity-expansion bombs and nothing in OOXML needs them.
        QXmlStreamReader::TokenType next()
        {
            for (;;) {
                const auto t = xml.readNext();
                if (t == QXmlStreamReader::Invalid) {
                    if (xml.error() == QXmlStreamReader::PrematureEndOfDocumentError) {
                        if (rootClosed)
                            return QXmlStreamReader::EndDocument;
                        if (!atEnd) {
                            if (!feed())
                                return QXmlStreamReader::Invalid;
                            continue;
                        }
                        owner->fail(QStringLiteral("XLSX-onderdeel %1 is onvolledig").arg(name));
                        return QXmlStreamReader::Invalid;
                    }
                    owner->fail(QStringLiteral("XLSX-onderdeel %1 bevat ongeldige XML: %2")
                                    .arg(name, xml.errorString()));
                    return QXmlStreamReader::Invalid;
                }
                if (t == QXmlStreamReader::DTD) {
                    owner->fail(QStringLiteral("XLSX bevat een DTD; geweigerd"));
                    return QXmlStreamReader::Invalid;
                }
                if (t == QXmlStreamReader::EntityReference) {
                    owner->fail(QStringLiteral("XLSX bevat een onbekende entiteit (&%1;); geweigerd")
                                    .arg(xml.name()));
                    return QXmlStreamReader::Invalid;
                }
                if (t == QXmlStreamReader::StartElement)
                    ++depth;
                else if (t == QXmlStreamReader::EndElement && --depth == 0)
                    rootClosed = true;
                return t;
            }
        }

        // Text of the element just started, up to its end tag. With richText only <t> content
        // outside phonetic runs (<rPh>) counts, as in shared strings and inline strings.
        bool collect(QString &out, bool richText)
        {
            int level = 1, inT = 0, inPhonetic = 0;
            for (;;) {
                switch (next()) {
                case QXmlStreamReader::Invalid:
                    return false;
                case QXmlStreamReader::EndDocument:
                    return owner->fail(QStringLiteral("XLSX-onderdeel %1 is onvolledig").arg(name));
                case QXmlStreamReader::StartElement:
                    ++level;
                    if (xml.name() == u"t")
                        ++inT;
                    else if (xml.name() == u"rPh")
                        ++inPhonetic;
                    break;
                case QXmlStreamReader::EndElement:
                    if (--level == 0)
                        return true;
                    if (xml.name() == u"t")
                        --inT;
                    else if (xml.name() == u"rPh")
                        --inPhonetic;
                    break;
                case QXmlStreamReader::Characters:
                    if (!richText || (inT > 0 && inPhonetic == 0))
                        out += xml.text();
                    break;
                default:
                    break;
                }
            }
        }
    };

    QString path;
    Limits limits;
    const std::atomic_bool *cancel = nullptr;
    bool cancelled = false;
    SourceError err;
    std::optional<QuaZip> zip;
    QList<Sheet> sheets;
    QStringList shared;
    std::unique_ptr<Entry> sheet; // the sheet being streamed
    QString sheetName;
    qint64 lastRow = 0;
    bool sheetDone = false;

    bool fail(const QString &message, qint64 row = 0, int column = 0)
    {
        if (err.isNull()) // the first problem is the one worth showing
            err = {path, row, column, message};
        return false;
    }

    QString where() const { return QStringLiteral("blad '%1': ").arg(sheetName); }

    std::unique_ptr<Entry> openEntry(const QString &name, bool required)
    {
        if (!zip->setCurrentFile(name, QuaZip::csInsensitive)) {
            if (required)
                fail(QStringLiteral("XLSX mist het onderdeel %1; is het wel een Excel-bestand?")
                         .arg(name));
            return nullptr;
        }
        QuaZipFileInfo64 info;
        if (!zip->getCurrentFileInfo(&info)) {
            fail(QStringLiteral("XLSX-onderdeel %1 is beschadigd").arg(name));
            return nullptr;
        }
        const auto declared = qint64(std::min<quint64>(info.uncompressedSize, quint64(1) << 62));
        const auto compressed = qint64(std::min<quint64>(info.compressedSize, quint64(1) << 62));
        if (declared > limits.maxEntryBytes) {
            fail(QStringLiteral("XLSX-onderdeel %1 is uitgepakt %2, meer dan toegestaan (%3); "
                                "mogelijk een zip-bom, geweigerd")
                     .arg(name, sizeText(declared), sizeText(limits.maxEntryBytes)));
            return nullptr;
        }
        if (declared > limits.ratioCheckFromBytes
            && double(declared) > limits.maxCompressionRatio * double(std::max<qint64>(compressed, 1))) {
            fail(QStringLiteral("XLSX-onderdeel %1 heeft een verdachte compressieverhouding "
                                "(%2:1); mogelijk een zip-bom, geweigerd")
                     .arg(name)
                     .arg(qint64(double(declared) / double(std::max<qint64>(compressed, 1)))));
            return nullptr;
        }
        auto e = std::make_unique<Entry>();
        e->owner = this;
        e->name = name;
        e->declared = declared;
        e->compressed = compressed;
        e->file = std::make_unique<QuaZipFile>(&*zip);
        if (!e->file->open(QIODevice::ReadOnly)) {
            fail(QStringLiteral("XLSX-onderdeel %1 kan niet worden uitgepakt (beschadigd of met "
                                "wachtwoord beveiligd)").arg(name));
            return nullptr;
        }
        return e;
    }

    // Calls onElement(entry) at every start tag named `element` in a whole part; onElement
    // returns false to abort. A missing optional part counts as empty.
    template<typename F>
    bool forEachElement(const QString &part, bool required, QStringView element, F onElement)
    {
        auto e = openEntry(part, required);
        if (!e)
            return !required && err.isNull();
        for (;;) {
            const auto t = e->next();
            if (t == QXmlStreamReader::Invalid)
                return false;
            if (t == QXmlStreamReader::EndDocument)
                return true;
            if (t == QXmlStreamReader::StartElement && e->xml.name() == element && !onElement(*e))
                return false;
        }
    }

    // Relationship Id -> (target path, type) for a .rels part.
    bool readRels(const QString &relsPath, const QString &baseDir,
                  QHash<QString, std::pair<QString, QString>> &out, bool required)
    {
        return forEachElement(relsPath, required, u"Relationship", [&](Entry &e) {
            const auto a = e.xml.attributes();
            if (a.value(QLatin1String("TargetMode")) != u"External")
                out.insert(a.value(QLatin1String("Id")).toString(),
                           {resolveTarget(baseDir, a.value(QLatin1String("Target")).toString()),
                            a.value(QLatin1String("Type")).toString()});
            return true;
        });
    }

    bool readWorkbook()
    {
        QString workbookPath = QStringLiteral("xl/workbook.xml");
        QHash<QString, std::pair<QString, QString>> rootRels;
        if (!readRels(QStringLiteral("_rels/.rels"), QString(), rootRels, false))
            return false;
        for (const auto &rel : std::as_const(rootRels))
            if (rel.second.endsWith(u"/officeDocument"))
                workbookPath = rel.first;

        const QFileInfo info(workbookPath);
        const QString dir = info.path() == u"." ? QString() : info.path();
        const QString relsPath = (dir.isEmpty() ? QString() : dir + u'/') + QStringLiteral("_rels/")
                                 + info.fileName() + QStringLiteral(".rels");
        QHash<QString, std::pair<QString, QString>> rels;
        if (!readRels(relsPath, dir, rels, true))
            return false;

        const bool ok = forEachElement(workbookPath, true, u"sheet", [&](Entry &e) {
            Sheet s;
            QString rid;
            for (const auto &attr : e.xml.attributes()) {
                if (attr.name() == u"name")
                    s.name = attr.value().toString();
                else if (attr.name() == u"id") // r:id; namespace differs in Strict OOXML
                    rid = attr.value().toString();
            }
            const auto rel = rels.value(rid);
            if (rel.first.isEmpty())
                return fail(QStringLiteral("blad '%1' verwijst naar een onderdeel dat ontbreekt")
                                .arg(s.name));
            s.path = rel.first;
            s.isWorksheet = rel.second.endsWith(u"/worksheet");
            sheets.append(s);
            return true;
        });
        if (!ok)
            return false;
        if (sheets.isEmpty())
            return fail(QStringLiteral("XLSX bevat geen werkbladen"));

        QString sharedPath = QStringLiteral("xl/sharedStrings.xml");
        bool sharedRequired = false;
        for (const auto &rel : std::as_const(rels)) {
            if (rel.second.endsWith(u"/sharedStrings")) {
                sharedPath = rel.first;
                sharedRequired = true;
            }
        }
        return forEachElement(sharedPath, sharedRequired, u"si", [&](Entry &e) {
            QString text;
            if (!e.collect(text, true))
                return false;
            shared.append(text);
            return true;
        });
    }

    bool readCell(XlsxRow &row, int &column)
    {
        Entry &e = *sheet;
        QString type;
        bool hasRef = false;
        for (const auto &attr : e.xml.attributes()) {
            if (attr.name() == u"r") {
                qint64 refRow = 0;
                if (!parseCellReference(attr.value(), column, refRow))
                    return fail(where() + QStringLiteral("ongeldige celverwijzing '%1'")
                                              .arg(attr.value()),
                                row.row);
                hasRef = true;
            } else if (attr.name() == u"t") {
                type = attr.value().toString();
            }
        }
        if (!hasRef) // LibreOffice and some generators omit r: the cell follows the previous one
            ++column;
        if (column < 1 || column > kMaxColumns)
            return fail(where() + QStringLiteral("meer dan %1 kolommen").arg(kMaxColumns), row.row);

        QString value, inlineText;
        bool hasValue = false, hasInline = false;
        for (;;) {
            const auto t = e.next();
            if (t == QXmlStreamReader::Invalid)
                return false;
            if (t == QXmlStreamReader::EndElement)
                break; // </c>
            if (t == QXmlStreamReader::EndDocument)
                return fail(where() + QStringLiteral("werkblad is onvolledig"), row.row, column);
            if (t != QXmlStreamReader::StartElement)
                continue;
            if (e.xml.name() == u"v") {
                hasValue = true;
                if (!e.collect(value, false))
                    return false;
            } else if (e.xml.name() == u"is") {
                hasInline = true;
                if (!e.collect(inlineText, true))
                    return false;
            } else {
                QString ignored; // <f> formulas and extensions
                if (!e.collect(ignored, false))
                    return false;
            }
        }

        XlsxCell cell;
        if (type == u"s") {
            bool ok = false;
            const qsizetype idx = value.trimmed().toLongLong(&ok);
            if (!hasValue)
                ; // styled but empty
            else if (!ok || idx < 0 || idx >= shared.size())
                return fail(where() + QStringLiteral("verwijzing naar gedeelde tekst %1 bestaat "
                                                     "niet").arg(value),
                            row.row, column);
            else
                setText(cell, shared.at(idx));
        } else if (type == u"inlineStr") {
            setText(cell, hasInline ? inlineText : value);
        } else if (type == u"str" || type == u"d") { // formula text; ISO dates stay text
            setText(cell, value);
        } else if (type == u"b") {
            if (hasValue) {
                cell.kind = XlsxCell::Kind::Boolean;
                cell.number = value.trimmed() == u"1" ? 1.0 : 0.0;
            }
        } else if (type == u"e") {
            cell.kind = XlsxCell::Kind::Error;
            cell.text = value;
        } else if (hasValue) {
            bool ok = false;
            const double v = QStringView(value).trimmed().toDouble(&ok);
            if (ok) {
                cell.kind = XlsxCell::Kind::Number;
                cell.number = v;
            } else {
                setText(cell, value); // not a number after all; keep what is there
            }
        }
        if (!cell.isEmpty()) {
            if (int(row.cells.size()) < column)
                row.cells.resize(size_t(column));
            row.cells[size_t(column - 1)] = std::move(cell);
        }
        return true;
    }

    static void setText(XlsxCell &cell, const QString &text)
    {
        if (text.isEmpty())
            return; // an empty string is as good as an empty cell to every importer
        cell.kind = XlsxCell::Kind::Text;
        cell.text = text;
    }

    bool readRowBody(XlsxRow &row)
    {
        Entry &e = *sheet;
        int column = 0;
        for (;;) {
            const auto t = e.next();
            if (t == QXmlStreamReader::Invalid)
                return false;
            if (t == QXmlStreamReader::EndDocument)
                return fail(where() + QStringLiteral("werkblad is onvolledig"), row.row);
            if (t == QXmlStreamReader::EndElement && e.xml.name() == u"row")
                return true;
            if (t != QXmlStreamReader::StartElement)
                continue;
            if (e.xml.name() == u"c") {
                if (!readCell(row, column))
                    return false;
            } else {
                QString ignored;
                if (!e.collect(ignored, false))
                    return false;
            }
        }
    }
};

XlsxReader::XlsxReader(const QString &path)
    : XlsxReader(path, Limits())
{
}

XlsxReader::XlsxReader(const QString &path, const Limits &limits)
    : d(std::make_unique<Private>())
{
    d->path = path;
    d->limits = limits;
}

XlsxReader::~XlsxReader()
{
    d->sheet.reset(); // the entry must close before its QuaZip
}

bool XlsxReader::open()
{
    QFile f(d->path);
    if (!f.open(QIODevice::ReadOnly))
        return d->fail(QStringLiteral("bestand kan niet worden geopend: %1").arg(f.errorString()));
    const QByteArray magic = f.read(8);
    f.close();
    if (magic.isEmpty())
        return d->fail(QStringLiteral("bestand is leeg"));
    if (magic.startsWith("\xD0\xCF\x11\xE0"))
        return d->fail(QStringLiteral("dit is een oud Excel-bestand (xls) of een met wachtwoord "
                                      "beveiligd bestand; sla het op als .xlsx zonder wachtwoord"));
    if (!magic.startsWith("PK"))
        return d->fail(QStringLiteral("geen XLSX-bestand (geen zip-archief)"));

    d->zip.emplace(d->path);
    if (!d->zip->open(QuaZip::mdUnzip))
        return d->fail(QStringLiteral("XLSX-bestand is beschadigd of onvolledig (zip-archief kan "
                                      "niet worden geopend)"));
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
    d->sheet.reset();
    if (!d->err.isNull())
        return false;
    if (index < 0 || index >= d->sheets.size())
        return d->fail(QStringLiteral("blad %1 bestaat niet").arg(index + 1));
    const auto &s = d->sheets.at(index);
    d->sheetName = s.name;
    if (!s.isWorksheet)
        return d->fail(QStringLiteral("blad '%1' is geen werkblad (grafiek of macro)").arg(s.name));
    d->sheet = d->openEntry(s.path, true);
    d->lastRow = 0;
    d->sheetDone = false;
    return d->sheet != nullptr;
}

bool XlsxReader::openSheet(const QString &name)
{
    const int index = int(sheetNames().indexOf(name));
    if (index < 0)
        return d->fail(QStringLiteral("blad '%1' bestaat niet").arg(name));
    return openSheet(index);
}

bool XlsxReader::readRow(XlsxRow &row)
{
    if (!d->sheet || d->sheetDone || !d->err.isNull())
        return false;
    auto &e = *d->sheet;
    for (;;) {
        const auto t = e.next();
        if (t == QXmlStreamReader::Invalid)
            return false;
        if (t == QXmlStreamReader::EndDocument
            || (t == QXmlStreamReader::EndElement && e.xml.name() == u"sheetData")) {
            d->sheetDone = true;
            return false;
        }
        if (t != QXmlStreamReader::StartElement || e.xml.name() != u"row")
            continue;
        const QXmlStreamAttributes attrs = e.xml.attributes();
        const QStringView r = attrs.value(QLatin1String("r"));
        qint64 number = d->lastRow + 1; // absent r: the row follows the previous one
        if (!r.isEmpty()) {
            bool ok = false;
            number = r.toLongLong(&ok);
            if (!ok)
                number = 0;
        }
        if (number < 1 || number > kMaxRows)
            return d->fail(d->where() + QStringLiteral("ongeldig rijnummer '%1'").arg(r));
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
    return d->cancelled;
}

void XlsxReader::setCancelFlag(const std::atomic_bool *flag)
{
    d->cancel = flag;
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
    return col <= kMaxColumns ? col : 0;
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
    const QStringView digits = ref.sliced(i);
    if (!digits.isEmpty()) {
        bool ok = false;
        r = digits.toLongLong(&ok);
        if (!ok || r < 1 || r > kMaxRows)
            return false;
    }
    column = col;
    row = r;
    return true;
}

} // namespace herkomst::io
