#pragma once

#include <QDialog>
#include <memory>

namespace herkomst::ui {

namespace Ui {
class AboutDialog;
}

// Help → Over Herkomst: what the program does and where its method comes from. A Designer form
// (aboutdialog.ui), so its texts retranslate through the generated code.
class AboutDialog : public QDialog {
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);
    ~AboutDialog() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    std::unique_ptr<Ui::AboutDialog> mUi;
};

} // namespace herkomst::ui
