#include "window/aboutdialog.h"

#include "ui_aboutdialog.h"

#include <QApplication>
#include <QEvent>

namespace herkomst::ui {

AboutDialog::AboutDialog(QWidget *parent) : QDialog(parent), mUi(std::make_unique<Ui::AboutDialog>())
{
    mUi->setupUi(this);
    retranslate();
}

AboutDialog::~AboutDialog() = default;

void AboutDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void AboutDialog::retranslate()
{
    mUi->retranslateUi(this);
    mUi->text->setText(mUi->text->text().arg(QApplication::applicationVersion()));
}

} // namespace herkomst::ui
