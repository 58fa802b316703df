#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>

#include <functional>
#include <string>
#include <vector>

namespace herkomst::io {

// A small, strict, streaming XML pull parser for the parts of an OOXML package: UTF-8 only, no
// DTD (refused, which shuts the door on entity-expansion bombs), the five predefined entities and
// character references, CDATA, comments and processing instructions skipped, namespace prefixes
// stripped from element and attribute names. Names, attribute values and text are views into its
// buffer, valid until the next call to next(), so reading a sheet allocates nothing per cell.
class XmlPullParser {
    Q_DECLARE_TR_FUNCTIONS(XmlPullParser)

public:
    enum class Token { StartElement, EndElement, Text, EndDocument, Invalid };
    enum class Problem { None, Malformed, Incomplete, Dtd, UnknownEntity, NotUtf8, SourceFailed };

    // Appends the next bytes of the document to `chunk` after clearing it; an empty chunk at the
    // end. False when the source failed (it keeps its own reason; the parser reports SourceFailed).
    using Source = std::function<bool(QByteArray &chunk)>;

    explicit XmlPullParser(Source source);

    Token next();

    // StartElement and EndElement: the local name ("row" for <x:row>).
    QByteArrayView name() const { return mName; }
    // StartElement: the raw value of the attribute with this local name; null when absent.
    QByteArrayView attribute(QByteArrayView localName) const;
    // Every attribute of the current start element: (local name, raw value).
    const std::vector<std::pair<QByteArrayView, QByteArrayView>> &attributes() const { return mAttributes; }
    // Text: the character data with entities resolved, as UTF-8 bytes (not yet checked as UTF-8).
    QByteArrayView text() const { return mText; }
    // Depth of the element just started or ended (the root is 1).
    int depth() const { return int(mOpen.size()); }

    Problem problem() const { return mProblem; }
    QString problemDetail() const { return mDetail; } // what was wrong, for Malformed and UnknownEntity

    // Resolves entities and character references in raw text or an attribute value into `out`.
    // False (with the unknown entity in *entity) when it meets one it does not know.
    static bool decode(QByteArrayView raw, QByteArray &out, QByteArray *entity = nullptr);
    // The first `length` bytes as text, for a message.
    static QString excerpt(QByteArrayView bytes, qsizetype length);

private:
    bool need(qsizetype bytes); // at least `bytes` unread bytes from mPos
    Token fail(Problem problem, const QString &detail = {});
    Token markup();
    Token startTag();
    Token endTag();
    Token characterData();
    bool localName(QByteArrayView qualified, QByteArrayView &local) const;
    qsizetype find(char c, qsizetype from);
    qsizetype find(QByteArrayView needle, qsizetype from);

    Source mSource;
    QByteArray mBuffer;
    qsizetype mPos = 0;
    bool mSourceDone = false;
    bool mStarted = false;
    bool mRootClosed = false;
    bool mPendingEnd = false; // the start tag just returned was self-closing
    Token mToken = Token::Invalid;
    Problem mProblem = Problem::None;
    QString mDetail;

    QByteArrayView mName;
    std::vector<std::pair<QByteArrayView, QByteArrayView>> mAttributes;
    QByteArrayView mText;
    QByteArray mDecoded;
    std::string mNameArena;    // names of the open elements, back to back
    std::vector<size_t> mOpen; // where each open element's name starts in mNameArena
    QByteArray mPendingName;   // the self-closing element's name, for its end token
};

} // namespace herkomst::io
