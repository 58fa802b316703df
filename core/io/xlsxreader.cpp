#include "io/xlsxreader.h"

#include "io/textdecoding.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QXmlStreamReader>

#include <quazip.h>
#include <quazipfile.h>
#include <quazipfileinfo.h>

#include <algorithm>
#include <charconv>
#include <optional>
#include <type_traits>
#include <vector>

namespace herkomst::io {

namespace {

constexpr int kMaxColumns = 16384;   // XFD, Excel's limit
constexpr qint64 kMaxRows = 1048576; // Excel's limit
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

// A <v> as a number. Plain numbers as every writer produces them ("472.89999999999998", "1E-3",
// "17") go through std::from_chars (correctly rounded, as Qt's conversion is) instead of Qt's
// locale-aware parser, which costs more than the rest of the cell; anything else keeps QString's
// rules (toDouble, or toLongLong for a shared-string index).
template <typename T>
T toNumber(QStringView text, bool &ok)
{
    text = text.trimmed();
    char bytes[64];
    const qsizetype n = text.size();
    bool plain = n > 0 && n < qsizetype(sizeof bytes);
    for (qsizetype i = 0; plain && i < n; ++i) {
        const char16_t c = text[i].unicode();
        plain = c < 128;
        bytes[i] = char(c);
    }
    const auto isDigit = [](char c) { return c >= '0' && c <= '9'; };
    if (plain && (isDigit(bytes[0]) || (bytes[0] == '-' && n > 1 && isDigit(bytes[1])))) {
        T v{};
        const auto result = std::from_chars(bytes, bytes + n, v);
        if (result.ec == std::errc() && result.ptr == bytes + n) {
            ok = true;
            return v;
        }
    }
    if constexpr (std::is_floating_point_v<T>)
        return text.toDouble(&ok);
    else
        return text.toLongLong(&ok);
}

} // namespace

struct XlsxReader::Private {
    struct Sheet {
        QString name;
        QString path;
        bool isWorksheet = true;
    };

    // One zip entry parsed incrementally, counting the bytes that really come out of inflate.
    struct Entry {
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
            QByteArray chunk;
            if (!readChunk(chunk))
                return false;
            if (!chunk.isEmpty())
                xml.addData(chunk);
            return true;
        }

        // The next inflated bytes, checked against the zip-bomb limits and the cancel flag;
        // empty with atEnd at the end of the entry.
        bool readChunk(QByteArray &chunk)
        {
            chunk.resize(kChunkBytes);
            const qint64 n = file->read(chunk.data(), chunk.size());
            if (n < 0 || file->getZipError() != UNZ_OK)
                return owner->fail(QStringLiteral("XLSX-onderdeel %1 is beschadigd (uitpakken "
                                                  "mislukt)")
                                       .arg(name));
            if (n == 0) {
                atEnd = true;
                chunk.clear();
                return true;
            }
            inflated += n;
            const Limits &lim = owner->limits;
            // The declared sizes were checked before opening; these catch headers that lie.
            if (inflated > lim.maxEntryBytes || inflated > declared)
                return owner->fail(QStringLiteral("XLSX-onderdeel %1 pakt groter uit dan "
                                                  "toegestaan (%2); mogelijk een zip-bom, geweigerd")
                                       .arg(name, sizeText(lim.maxEntryBytes)));
            if (inflated > lim.ratioCheckFromBytes &&
                double(inflated) > lim.maxCompressionRatio * double(std::max<qint64>(compressed, 1)))
                return owner->fail(QStringLiteral("XLSX-onderdeel %1 is verdacht sterk "
                                                  "gecomprimeerd; mogelijk een zip-bom, geweigerd")
                                       .arg(name));
            if (owner->cancel && owner->cancel->load(std::memory_order_relaxed)) {
                owner->cancelled = true;
                return owner->fail(QStringLiteral("inlezen afgebroken"));
            }
            chunk.truncate(n);
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
                    owner->fail(
                        QStringLiteral("XLSX-onderdeel %1 bevat ongeldige XML: %2").arg(name, xml.errorString()));
                    return QXmlStreamReader::Invalid;
                }
                if (t == QXmlStreamReader::DTD) {
                    owner->fail(QStringLiteral("XLSX bevat een DTD; geweigerd"));
                    return QXmlStreamReader::Invalid;
                }
                if (t == QXmlStreamReader::EntityReference) {
                    owner->fail(QStringLiteral("XLSX bevat een onbekende entiteit (&%1;); geweigerd").arg(xml.name()));
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

    // Worksheet XML as Excel, libxlsxwriter, openpyxl and LibreOffice write it, read straight
    // from the inflated bytes: several times faster than QXmlStreamReader, which allocates per
    // attribute. It gives up on anything else (a DTD, comments, prefixes, character references,
    // rich text, malformed or truncated XML); the reader then re-reads the sheet with
    // QXmlStreamReader from the start, skipping the rows already returned, so every refusal and
    // message stays that reader's. Only the zip-bomb and cancel checks (Entry::readChunk) are
    // shared and final.
    class FastSheet {
    public:
        enum class Result { Row, End, GiveUp, Error };

        FastSheet(Private &owner, Entry &entry) : mOwner(owner), mEntry(entry) {}

        Result next(XlsxRow &row)
        {
            if (!mInSheetData) {
                const Result r = prologue();
                if (r != Result::Row)
                    return r;
            }
            return readRow(row);
        }

    private:
        static constexpr qsizetype kMaxRowBytes = qsizetype(16) << 20;

        Private &mOwner;
        Entry &mEntry;
        QByteArray mBuf;
        qsizetype mPos = 0; // everything before is consumed
        bool mInSheetData = false;
        bool mError = false;
        std::vector<QByteArray> mOpen; // elements open before <sheetData>

        static bool isSpace(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }
        Result stop() const { return mError ? Result::Error : Result::GiveUp; }
        const char *at(qsizetype offset) const { return mBuf.constData() + mPos + offset; }
        qsizetype available() const { return mBuf.size() - mPos; }

        // At least n bytes from mPos; false at the end of the part or on an error (mError).
        bool need(qsizetype n)
        {
            while (available() < n) {
                if (mEntry.atEnd || n > kMaxRowBytes)
                    return false;
                if (mPos > 0 && mPos >= mBuf.size() / 2) {
                    mBuf.remove(0, mPos);
                    mPos = 0;
                }
                QByteArray chunk;
                if (!mEntry.readChunk(chunk)) {
                    mError = true;
                    return false;
                }
                mBuf += chunk;
            }
            return true;
        }

        bool skipSpace()
        {
            for (;;) {
                while (available() > 0 && isSpace(*at(0)))
                    ++mPos;
                if (available() > 0)
                    return true;
                if (!need(1))
                    return false;
            }
        }

        bool startsWith(QByteArrayView text) { return need(text.size()) && QByteArrayView(at(0), text.size()) == text; }

        // Offset of `needle` from mPos at or after `from`, reading on as needed; -1 if absent.
        qsizetype find(QByteArrayView needle, qsizetype from)
        {
            for (;;) {
                const qsizetype found = mBuf.indexOf(needle, mPos + from);
                if (found >= 0)
                    return found - mPos;
                from = std::max<qsizetype>(from, available() - needle.size() + 1);
                if (!need(available() + 1))
                    return -1;
            }
        }

        // Offset of the '>' closing the tag that starts at mPos (quotes may hold '>').
        qsizetype tagEnd()
        {
            char quote = 0;
            for (qsizetype i = 1;; ++i) {
                if (i >= available() && !need(i + 1))
                    return -1;
                const char c = *at(i);
                if (quote) {
                    if (c == quote)
                        quote = 0;
                } else if (c == '"' || c == '\'') {
                    quote = c;
                } else if (c == '<') {
                    return -1;
                } else if (c == '>') {
                    return i;
                }
            }
        }

        // Everything before <sheetData>: the declaration and the elements before it.
        Result prologue()
        {
            if (startsWith("<?xml")) {
                const qsizetype end = find("?>", 5);
                if (end < 0)
                    return stop();
                const QByteArray declaration = QByteArray(at(0), end).toLower();
                if (declaration.contains("encoding") && !declaration.contains("\"utf-8\"") &&
                    !declaration.contains("'utf-8'"))
                    return Result::GiveUp;
                mPos += end + 2;
            }
            for (;;) {
                if (!skipSpace() || *at(0) != '<' || !need(2))
                    return stop();
                const char second = *at(1);
                if (second == '!' || second == '?')
                    return Result::GiveUp; // DTD, comment, CDATA, processing instruction
                const qsizetype end = tagEnd();
                if (end < 0)
                    return stop();
                const bool closing = second == '/';
                const bool empty = *at(end - 1) == '/';
                qsizetype nameEnd = closing ? 2 : 1;
                while (nameEnd < end && !isSpace(*at(nameEnd)) && *at(nameEnd) != '/' && *at(nameEnd) != '>')
                    ++nameEnd;
                const QByteArrayView name(at(closing ? 2 : 1), nameEnd - (closing ? 2 : 1));
                if (name.isEmpty() || name.contains(':'))
                    return Result::GiveUp;
                if (closing) {
                    if (mOpen.empty() || QByteArrayView(mOpen.back()) != name)
                        return Result::GiveUp;
                    mOpen.pop_back();
                    if (mOpen.empty())
                        return Result::GiveUp; // the root closed without <sheetData>
                } else if (name == "sheetData") {
                    mPos += end + 1;
                    if (empty)
                        return Result::End;
                    mInSheetData = true;
                    return Result::Row;
                } else if (!empty) {
                    mOpen.push_back(name.toByteArray());
                }
                mPos += end + 1;
            }
        }

        // Attributes of a start tag in [p, e): calls onAttribute(name, value); false when not
        // well-formed or a value holds an entity reference.
        template <typename F>
        static bool attributes(const char *p, const char *e, F onAttribute)
        {
            for (;;) {
                while (p < e && isSpace(*p))
                    ++p;
                if (p == e)
                    return true;
                const char *name = p;
                while (p < e && *p != '=' && !isSpace(*p))
                    ++p;
                const QByteArrayView attributeName(name, p - name);
                while (p < e && isSpace(*p))
                    ++p;
                if (p == e || *p != '=' || attributeName.isEmpty())
                    return false;
                ++p;
                while (p < e && isSpace(*p))
                    ++p;
                if (p == e || (*p != '"' && *p != '\''))
                    return false;
                const char quote = *p++;
                const char *value = p;
                while (p < e && *p != quote)
                    ++p;
                if (p == e)
                    return false;
                const QByteArrayView attributeValue(value, p - value);
                ++p;
                if (attributeValue.contains('&') || attributeValue.contains('<'))
                    return false;
                onAttribute(attributeName, attributeValue);
            }
        }

        // Element text without markup: the five predefined entities, valid UTF-8, no CR.
        static bool text(QByteArrayView raw, QString &out)
        {
            if (raw.contains('<') || raw.contains('\r'))
                return false;
            QByteArray decoded;
            if (raw.contains('&')) {
                static const std::pair<QByteArrayView, char> entities[] = {
                    {"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&apos;", '\''}};
                decoded.reserve(raw.size());
                for (qsizetype i = 0; i < raw.size();) {
                    if (raw[i] != '&') {
                        decoded += raw[i++];
                        continue;
                    }
                    bool known = false;
                    for (const auto &[entity, c] : entities) {
                        if (raw.sliced(i).startsWith(entity)) {
                            decoded += c;
                            i += entity.size();
                            known = true;
                            break;
                        }
                    }
                    if (!known)
                        return false;
                }
                raw = decoded;
            }
            const bool ascii = std::all_of(raw.begin(), raw.end(), [](char c) { return uchar(c) < 0x80; });
            if (ascii)
                out += QLatin1StringView(raw);
            else if (TextDecoding::isValidUtf8(raw))
                out += QString::fromUtf8(raw);
            else
                return false;
            return true;
        }

        // "B12" -> column 2; false when not a valid reference.
        static bool cellColumn(QByteArrayView ref, int &column)
        {
            qsizetype i = 0;
            int col = 0;
            for (; i < ref.size() && i < 4; ++i) {
                const char c = ref[i];
                if (c >= 'A' && c <= 'Z')
                    col = col * 26 + (c - 'A' + 1);
                else if (c >= 'a' && c <= 'z')
                    col = col * 26 + (c - 'a' + 1);
                else
                    break;
            }
            if (i == 0 || i > 3 || col > kMaxColumns)
                return false;
            qint64 r = 0;
            for (qsizetype j = i; j < ref.size(); ++j) {
                if (ref[j] < '0' || ref[j] > '9' || j - i > 7)
                    return false;
                r = r * 10 + (ref[j] - '0');
            }
            if (i < ref.size() && (r < 1 || r > kMaxRows))
                return false;
            column = col;
            return true;
        }

        Result readRow(XlsxRow &row)
        {
            if (!skipSpace())
                return stop();
            if (startsWith("</sheetData>"))
                return Result::End;
            if (!startsWith("<row") || !need(5) || !(isSpace(*at(4)) || *at(4) == '>' || *at(4) == '/'))
                return stop();
            const qsizetype startEnd = tagEnd();
            if (startEnd < 0)
                return stop();
            const bool empty = *at(startEnd - 1) == '/';
            qint64 number = mOwner.lastRow + 1;
            bool numberOk = true;
            if (!attributes(at(4), at(startEnd - (empty ? 1 : 0)),
                            [&](QByteArrayView name, QByteArrayView value) {
                                if (name == "r") {
                                    number = 0;
                                    numberOk = !value.isEmpty() && value.size() <= 8;
                                    for (char c : value) {
                                        numberOk = numberOk && c >= '0' && c <= '9';
                                        number = number * 10 + (c - '0');
                                    }
                                }
                            }) ||
                !numberOk || number < 1 || number > kMaxRows)
                return Result::GiveUp;
            qsizetype rowEnd = startEnd + 1; // offset after the whole row
            qsizetype bodyEnd = startEnd + 1;
            if (!empty) {
                bodyEnd = find("</row>", startEnd + 1);
                if (bodyEnd < 0)
                    return stop();
                rowEnd = bodyEnd + 6;
            }
            row.row = number;
            row.cells.clear();
            if (!cells(at(startEnd + 1), at(bodyEnd), row))
                return mOwner.err.isNull() ? Result::GiveUp : Result::Error;
            mOwner.lastRow = number;
            mPos += rowEnd;
            return Result::Row;
        }

        // The <c> elements of one row body [p, e).
        bool cells(const char *p, const char *e, XlsxRow &row)
        {
            int column = 0;
            QString value, inlineText;
            for (;;) {
                while (p < e && isSpace(*p))
                    ++p;
                if (p == e)
                    return true;
                if (e - p < 3 || p[0] != '<' || p[1] != 'c' || !(isSpace(p[2]) || p[2] == '>' || p[2] == '/'))
                    return false;
                const char *tag = p + 2;
                while (p < e && *p != '>')
                    ++p; // a cell's attributes (r, t, s) hold no '>'
                if (p == e)
                    return false;
                const bool empty = p[-1] == '/';
                QByteArrayView type;
                bool hasRef = false, refOk = true;
                if (!attributes(tag, empty ? p - 1 : p,
                                [&](QByteArrayView name, QByteArrayView v) {
                                    if (name == "r") {
                                        hasRef = true;
                                        refOk = cellColumn(v, column);
                                    } else if (name == "t") {
                                        type = v;
                                    }
                                }) ||
                    !refOk)
                    return false;
                ++p;
                if (!hasRef)
                    ++column;
                if (column < 1 || column > kMaxColumns)
                    return false;
                value.clear();
                inlineText.clear();
                bool hasValue = false, hasInline = false;
                while (!empty) {
                    while (p < e && isSpace(*p))
                        ++p;
                    const QByteArrayView rest(p, e - p);
                    if (rest.startsWith("</c>")) {
                        p += 4;
                        break;
                    }
                    if (rest.startsWith("<v>")) {
                        const qsizetype end = rest.indexOf("</v>");
                        if (end < 0 || !text(rest.sliced(3, end - 3), value))
                            return false;
                        hasValue = true;
                        p += end + 4;
                    } else if (rest.startsWith("<f>") || rest.startsWith("<f ")) {
                        const qsizetype close = rest.indexOf('>');
                        if (close < 0)
                            return false;
                        if (rest[close - 1] == '/') {
                            p += close + 1;
                        } else {
                            const qsizetype end = rest.indexOf("</f>");
                            if (end < 0 || rest.sliced(close, end - close).contains('<'))
                                return false;
                            p += end + 4;
                        }
                    } else if (rest.startsWith("<is><t>") || rest.startsWith("<is><t ")) {
                        const qsizetype open = rest.indexOf('>', 5);
                        const qsizetype end = rest.indexOf("</t></is>");
                        if (open < 0 || end < open || rest[open - 1] == '/' ||
                            !text(rest.sliced(open + 1, end - open - 1), inlineText))
                            return false;
                        hasInline = true;
                        p += end + 9;
                    } else {
                        return false;
                    }
                }
                if (!mOwner.storeCell(row, column, type, hasValue, value, hasInline ? &inlineText : nullptr))
                    return false;
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
    std::unique_ptr<Entry> sheet;    // the sheet being streamed
    std::unique_ptr<FastSheet> fast; // reads `sheet` until it meets XML it does not know
    qint64 rowsReturned = 0;
    int sheetIndex = -1;
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
                fail(QStringLiteral("XLSX mist het onderdeel %1; is het wel een Excel-bestand?").arg(name));
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
        if (declared > limits.ratioCheckFromBytes &&
            double(declared) > limits.maxCompressionRatio * double(std::max<qint64>(compressed, 1))) {
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
                                "wachtwoord beveiligd)")
                     .arg(name));
            return nullptr;
        }
        return e;
    }

    // Calls onElement(entry) at every start tag named `element` in a whole part; onElement
    // returns false to abort. A missing optional part counts as empty.
    template <typename F>
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
    bool readRels(const QString &relsPath, const QString &baseDir, QHash<QString, std::pair<QString, QString>> &out,
                  bool required)
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
        const QString relsPath = (dir.isEmpty() ? QString() : dir + u'/') + QStringLiteral("_rels/") + info.fileName() +
                                 QStringLiteral(".rels");
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
                return fail(QStringLiteral("blad '%1' verwijst naar een onderdeel dat ontbreekt").arg(s.name));
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
                    return fail(where() + QStringLiteral("ongeldige celverwijzing '%1'").arg(attr.value()), row.row);
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

        return storeCell(row, column, type.toLatin1(), hasValue, value, hasInline ? &inlineText : nullptr);
    }

    // Turns a cell's type attribute and <v> / inline text into an XlsxCell in row.
    bool storeCell(XlsxRow &row, int column, QByteArrayView type, bool hasValue, const QString &value,
                   const QString *inlineText)
    {
        XlsxCell cell;
        if (type == "s") {
            bool ok = false;
            const qsizetype idx = toNumber<qint64>(value, ok);
            if (!hasValue)
                ; // styled but empty
            else if (!ok || idx < 0 || idx >= shared.size())
                return fail(where() + QStringLiteral("verwijzing naar gedeelde tekst %1 bestaat "
                                                     "niet")
                                          .arg(value),
                            row.row, column);
            else
                setText(cell, shared.at(idx));
        } else if (type == "inlineStr") {
            setText(cell, inlineText ? *inlineText : value);
        } else if (type == "str" || type == "d") { // formula text; ISO dates stay text
            setText(cell, value);
        } else if (type == "b") {
            if (hasValue) {
                cell.kind = XlsxCell::Kind::Boolean;
                cell.number = value.trimmed() == u"1" ? 1.0 : 0.0;
            }
        } else if (type == "e") {
            cell.kind = XlsxCell::Kind::Error;
            cell.text = value;
        } else if (hasValue) {
            bool ok = false;
            const double v = toNumber<double>(value, ok);
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

XlsxReader::XlsxReader(const QString &path) : XlsxReader(path, Limits()) {}

XlsxReader::XlsxReader(const QString &path, const Limits &limits) : d(std::make_unique<Private>())
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
    d->fast.reset();
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
    d->rowsReturned = 0;
    d->sheetIndex = index;
    if (d->sheet)
        d->fast = std::make_unique<Private::FastSheet>(*d, *d->sheet);
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
    if (d->fast) {
        switch (d->fast->next(row)) {
        case Private::FastSheet::Result::Row:
            ++d->rowsReturned;
            return true;
        case Private::FastSheet::Result::End:
            d->sheetDone = true;
            return false;
        case Private::FastSheet::Result::Error:
            return false;
        case Private::FastSheet::Result::GiveUp: {
            // Start over with QXmlStreamReader and skip what was already returned.
            const qint64 skip = d->rowsReturned;
            d->fast.reset();
            d->sheet.reset(); // one open entry per QuaZip
            d->sheet = d->openEntry(d->sheets.at(d->sheetIndex).path, true);
            d->lastRow = 0;
            d->rowsReturned = 0;
            if (!d->sheet)
                return false;
            for (qint64 n = 0; n < skip; ++n) {
                if (!readRow(row))
                    return false;
            }
            break;
        }
        }
    }
    auto &e = *d->sheet;
    for (;;) {
        const auto t = e.next();
        if (t == QXmlStreamReader::Invalid)
            return false;
        if (t == QXmlStreamReader::EndDocument || (t == QXmlStreamReader::EndElement && e.xml.name() == u"sheetData")) {
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
