#include "io/inputfile.h"

#include "io/archivereader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

#include <algorithm>
#include <cstring>

namespace herkomst::io {

namespace {

// The archive part of a path: the longest prefix that is a plain file with an archive's name.
QString splitArchive(const QString &path, QString *member)
{
    const QString clean = QDir::fromNativeSeparators(path);
    for (qsizetype slash = clean.indexOf(QLatin1Char('/'), 1); slash > 0;
         slash = clean.indexOf(QLatin1Char('/'), slash + 1)) {
        const QString prefix = clean.left(slash);
        if (ArchiveReader::isArchiveName(prefix) && QFileInfo(prefix).isFile()) {
            if (member)
                *member = clean.mid(slash + 1);
            return prefix;
        }
    }
    return {};
}

QString sizeText(qint64 bytes)
{
    return QLocale(QLocale::Dutch).formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

// Why an archive or one of its members was refused, in Dutch, for the file it names.
QString refusal(const ArchiveReader &reader)
{
    switch (reader.problem()) {
    case ArchiveReader::Problem::None:
        break;
    case ArchiveReader::Problem::CannotOpen:
        return InputFile::tr("het archief kan niet worden geopend: %1").arg(reader.detail());
    case ArchiveReader::Problem::Damaged:
        return InputFile::tr("het archief is beschadigd of geen zip-, 7z-, gz- of tar-archief (%1)")
            .arg(reader.detail());
    case ArchiveReader::Problem::UnsafeName:
        return InputFile::tr("het archief bevat \"%1\", een naam die buiten de map zou uitpakken; het archief is "
                             "geweigerd")
            .arg(reader.member());
    case ArchiveReader::Problem::TooManyMembers:
        return InputFile::tr("het archief bevat meer dan %1 bestanden; geweigerd").arg(reader.figure());
    case ArchiveReader::Problem::MemberMissing:
        return InputFile::tr("het archief bevat geen bestand \"%1\"").arg(reader.member());
    case ArchiveReader::Problem::Encrypted:
        return InputFile::tr("\"%1\" in het archief is met een wachtwoord beveiligd").arg(reader.member());
    case ArchiveReader::Problem::TooLarge:
        return InputFile::tr("\"%1\" pakt uit tot %2, meer dan toegestaan (%3); mogelijk een archiefbom, geweigerd")
            .arg(reader.member(), sizeText(reader.figure()), sizeText(reader.limits().maxMemberBytes));
    case ArchiveReader::Problem::RatioTooHigh:
        return InputFile::tr("\"%1\" heeft een verdachte compressieverhouding (%2:1); mogelijk een archiefbom, "
                             "geweigerd")
            .arg(reader.member())
            .arg(reader.figure());
    case ArchiveReader::Problem::LongerThanSaid:
        return InputFile::tr("\"%1\" pakt groter uit dan het archief opgeeft; mogelijk een archiefbom, geweigerd")
            .arg(reader.member());
    case ArchiveReader::Problem::MemberDamaged:
        return InputFile::tr("\"%1\" in het archief is beschadigd (uitpakken mislukt: %2)")
            .arg(reader.member(), reader.detail());
    case ArchiveReader::Problem::Cancelled:
        return InputFile::tr("inlezen afgebroken");
    }
    return {};
}

// A member, inflated as it is read.
class MemberDevice : public QIODevice {
public:
    MemberDevice(const QString &archive, const QString &member, qint64 size, InputFile::Observer observer)
        : mReader(archive), mMember(member), mSize(size), mObserver(std::move(observer))
    {}

    bool start(const std::atomic_bool *cancel)
    {
        mReader.setCancelFlag(cancel);
        if (!mReader.openMember(mMember))
            return false;
        return open(QIODevice::ReadOnly);
    }
    QString problem() const { return refusal(mReader); }

    bool isSequential() const override { return true; }
    qint64 size() const override { return mSize; }
    bool atEnd() const override { return mEnded && mOffset >= mChunk.size() && QIODevice::bytesAvailable() == 0; }

protected:
    qint64 readData(char *data, qint64 max) override
    {
        qint64 copied = 0;
        while (copied < max) {
            if (mOffset >= mChunk.size()) {
                if (mEnded)
                    break;
                mOffset = 0;
                if (!mReader.read(mChunk)) {
                    setErrorString(problem());
                    return copied > 0 ? copied : -1;
                }
                if (mObserver)
                    mObserver(QByteArrayView(mChunk));
                if (mChunk.isEmpty()) {
                    mEnded = true;
                    break;
                }
            }
            const qint64 n = std::min<qint64>(max - copied, mChunk.size() - mOffset);
            std::memcpy(data + copied, mChunk.constData() + mOffset, size_t(n));
            mOffset += n;
            copied += n;
        }
        return copied;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    ArchiveReader mReader;
    QString mMember;
    qint64 mSize;
    InputFile::Observer mObserver;
    QByteArray mChunk;
    qint64 mOffset = 0;
    bool mEnded = false;
};

} // namespace

bool InputFile::isArchive(const QString &path)
{
    return ArchiveReader::isArchiveName(path) && QFileInfo(path).isFile();
}

bool InputFile::isMember(const QString &path)
{
    return !QFileInfo(path).exists() && !splitArchive(path, nullptr).isEmpty();
}

QString InputFile::archiveOf(const QString &path)
{
    return isMember(path) ? splitArchive(path, nullptr) : QString();
}

QString InputFile::memberOf(const QString &path)
{
    QString member;
    return isMember(path) && !splitArchive(path, &member).isEmpty() ? member : QString();
}

bool InputFile::expand(const QStringList &paths, QStringList *expanded, SourceError *error)
{
    expanded->clear();
    for (const QString &path : paths) {
        if (!isArchive(path)) {
            *expanded << path;
            continue;
        }
        ArchiveReader reader(path);
        std::vector<ArchiveReader::Member> members;
        if (!reader.list(&members)) {
            *error = {path, 0, 0, refusal(reader)};
            return false;
        }
        if (members.empty()) {
            *error = {path, 0, 0, tr("het archief bevat geen bestanden")};
            return false;
        }
        for (const ArchiveReader::Member &member : members)
            *expanded << QDir::fromNativeSeparators(path) + QLatin1Char('/') + member.name;
    }
    return true;
}

bool InputFile::exists(const QString &path)
{
    if (QFileInfo(path).isFile())
        return true;
    QString member;
    const QString archive = splitArchive(path, &member);
    if (archive.isEmpty())
        return false;
    ArchiveReader reader(archive);
    std::vector<ArchiveReader::Member> members;
    if (!reader.list(&members))
        return false;
    return std::any_of(members.begin(), members.end(), [&member](const auto &m) { return m.name == member; });
}

qint64 InputFile::size(const QString &path)
{
    if (QFileInfo(path).isFile())
        return QFileInfo(path).size();
    QString member;
    const QString archive = splitArchive(path, &member);
    ArchiveReader reader(archive);
    std::vector<ArchiveReader::Member> members;
    if (archive.isEmpty() || !reader.list(&members))
        return -1;
    for (const ArchiveReader::Member &m : members) {
        if (m.name == member)
            return m.size;
    }
    return -1;
}

QHash<QString, qint64> InputFile::memberSizes(const QString &archive)
{
    QHash<QString, qint64> sizes;
    ArchiveReader reader(archive);
    std::vector<ArchiveReader::Member> members;
    if (reader.list(&members)) {
        for (const ArchiveReader::Member &m : members)
            sizes.insert(m.name, m.size);
    }
    return sizes;
}

QStringList InputFile::siblings(const QString &path)
{
    QString member;
    const QString archive = splitArchive(path, &member);
    if (archive.isEmpty())
        return QFileInfo(path).dir().entryList(QDir::Files, QDir::Name);
    const QString folder = member.left(member.lastIndexOf(QLatin1Char('/')) + 1);
    ArchiveReader reader(archive);
    std::vector<ArchiveReader::Member> members;
    QStringList names;
    if (!reader.list(&members))
        return names;
    for (const ArchiveReader::Member &m : members) {
        if (m.name.startsWith(folder) && !m.name.mid(folder.size()).contains(QLatin1Char('/')))
            names << m.name.mid(folder.size());
    }
    return names;
}

std::unique_ptr<QIODevice> InputFile::open(const QString &path, SourceError *error, Observer observer,
                                           const std::atomic_bool *cancel)
{
    QString member;
    const QString archive = QFileInfo(path).exists() ? QString() : splitArchive(path, &member);
    if (archive.isEmpty()) {
        auto file = std::make_unique<QFile>(path);
        if (!file->open(QIODevice::ReadOnly)) {
            *error = {path, 0, 0, tr("kan het bestand niet openen: %1").arg(file->errorString())};
            return nullptr;
        }
        return file;
    }
    auto device = std::make_unique<MemberDevice>(archive, member, size(path), std::move(observer));
    if (!device->start(cancel)) {
        *error = {path, 0, 0, device->problem()};
        return nullptr;
    }
    return device;
}

} // namespace herkomst::io
