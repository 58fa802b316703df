#include "window/loadingoverlay.h"

#include "document/analysisdocument.h"

#include <QEvent>
#include <QFrame>
#include <QLabel>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QTimer>
#include <QVBoxLayout>

namespace herkomst::ui {

namespace {

constexpr int kDefaultShowDelayMs = 200;

} // namespace

LoadingOverlay::LoadingOverlay(AnalysisDocument *document, QWidget *covered)
    : QWidget(covered->parentWidget())
    , mDocument(document)
    , mCovered(covered)
    , mTitle(new QLabel)
    , mProgress(new QProgressBar)
    , mCancel(new QPushButton)
    , mEscape(new QShortcut(QKeySequence::Cancel, covered->window()))
    , mDelay(new QTimer(this))
{
    setObjectName(QStringLiteral("loadingOverlay"));
    auto *card = new QFrame;
    card->setObjectName(QStringLiteral("card"));
    card->setMinimumWidth(320);
    auto *cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(16, 12, 16, 12);
    mTitle->setObjectName(QStringLiteral("panelTitle"));
    mProgress->setTextVisible(true);
    cardLayout->addWidget(mTitle);
    cardLayout->addWidget(mProgress);
    cardLayout->addWidget(mCancel, 0, Qt::AlignRight);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(card, 0, Qt::AlignHCenter);
    layout->addStretch(2);

    mDelay->setSingleShot(true);
    mDelay->setInterval(kDefaultShowDelayMs);
    connect(mDelay, &QTimer::timeout, this, [this] {
        if (mActive) {
            setGeometry(mCovered->geometry());
            show();
            raise();
        }
    });
    mEscape->setEnabled(false);
    connect(mEscape, &QShortcut::activated, mDocument, &AnalysisDocument::cancelLoading);
    connect(mCancel, &QPushButton::clicked, mDocument, &AnalysisDocument::cancelLoading);
    connect(mDocument, &AnalysisDocument::loadingChanged, this, &LoadingOverlay::setActive);
    connect(mDocument, &AnalysisDocument::loadingProgress, this, &LoadingOverlay::setProgress);
    mCovered->installEventFilter(this);
    hide();
    retranslate();
}

void LoadingOverlay::setShowDelay(int ms)
{
    mDelay->setInterval(ms);
}

void LoadingOverlay::setActive(bool active)
{
    mActive = active;
    mEscape->setEnabled(active);
    if (!active) {
        mDelay->stop();
        hide();
        return;
    }
    mProgress->setRange(0, 0); // busy until the source reports how far it is
    retranslate();
    if (mDelay->interval() == 0) {
        setGeometry(mCovered->geometry());
        show();
        raise();
    } else {
        mDelay->start();
    }
}

void LoadingOverlay::setProgress(int percent)
{
    if (percent <= 0)
        return; // "started" says nothing about how long it takes: stay busy
    mProgress->setRange(0, 100);
    mProgress->setValue(percent);
}

bool LoadingOverlay::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == mCovered && (event->type() == QEvent::Resize || event->type() == QEvent::Move))
        setGeometry(mCovered->geometry());
    return QWidget::eventFilter(watched, event);
}

void LoadingOverlay::paintEvent(QPaintEvent *)
{
    // A veil, so the figures underneath read as the previous data, not as the answer.
    QPainter painter(this);
    painter.fillRect(rect(), QColor(243, 245, 248, 210));
}

void LoadingOverlay::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void LoadingOverlay::retranslate()
{
    const QString subject = mDocument->loadingSubject();
    mTitle->setText(subject.isEmpty() ? tr("Gegevens laden…") : tr("Gegevens laden: %1…").arg(subject));
    mProgress->setAccessibleName(tr("Voortgang van het laden"));
    mCancel->setText(tr("Annuleren"));
    mCancel->setToolTip(tr("Stopt het laden en toont weer de vorige gegevens (Esc)"));
}

} // namespace herkomst::ui
