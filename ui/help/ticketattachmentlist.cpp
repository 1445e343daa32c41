#include "ui/help/ticketattachmentlist.h"

#include "services/supportservice.h"
#include "ui/help/screenshotredactdialog.h"
#include "ui/widgets/fielderrorlabel.h"

#include <QDateTime>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace okpay {

TicketAttachmentList::TicketAttachmentList(SupportService *support, const QString &namePrefix, QWidget *parent)
    : QWidget(parent), m_support(support), m_prefix(namePrefix), m_list(new QListWidget(this)),
      m_addFiles(new QPushButton(tr("Attach files…"), this)), m_screenshot(new QPushButton(tr("Attach a screenshot of this window"), this)),
      m_remove(new QPushButton(tr("Remove"), this)),
      m_rules(new QLabel(tr("Up to 5 files of 10 MB each: PNG or JPEG images, PDF documents or text files."), this)),
      m_error(new FieldErrorLabel(namePrefix + QStringLiteral("AttachmentError"), this))
{
    setObjectName(namePrefix + QStringLiteral("Attachments"));
    m_list->setObjectName(namePrefix + QStringLiteral("AttachmentList"));
    m_list->setAccessibleName(tr("Attached files"));
    m_addFiles->setObjectName(namePrefix + QStringLiteral("AttachFiles"));
    m_screenshot->setObjectName(namePrefix + QStringLiteral("AttachScreenshot"));
    m_screenshot->setVisible(false);
    m_remove->setObjectName(namePrefix + QStringLiteral("RemoveAttachment"));
    m_remove->setAccessibleName(tr("Remove the selected file"));
    m_rules->setObjectName(namePrefix + QStringLiteral("AttachmentRules"));
    m_rules->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_addFiles);
    buttons->addWidget(m_screenshot);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
    layout->addLayout(buttons);
    layout->addWidget(m_rules);
    layout->addWidget(m_error);

    connect(m_addFiles, &QPushButton::clicked, this, &TicketAttachmentList::browse);
    connect(m_screenshot, &QPushButton::clicked, this, &TicketAttachmentList::attachScreenshot);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int row = m_list->currentRow();
        if (row < 0 || row >= m_files.size())
            return;
        m_files.removeAt(row);
        m_error->setError({});
        refresh();
        emit changed();
    });
    connect(m_list, &QListWidget::currentRowChanged, this, [this] { m_remove->setEnabled(m_list->currentRow() >= 0); });
    connect(m_support, &SupportService::attachmentInspected, this,
            [this](const QString &path, SupportAttachmentFile::Check check) { fileChecked(path, check); });
    refresh();
}

void TicketAttachmentList::setScreenshotSource(QWidget *source)
{
    m_source = source;
    m_screenshot->setVisible(source != nullptr);
}

void TicketAttachmentList::setAttachments(const QList<DraftAttachment> &files)
{
    m_files = files.mid(0, SupportAttachmentFile::kMaxFiles);
    m_error->setError({});
    refresh();
}

void TicketAttachmentList::clear()
{
    m_files.clear();
    m_checking.clear();
    m_error->setError({});
    refresh();
}

bool TicketAttachmentList::hasRoom()
{
    if (m_files.size() + m_checking.size() < SupportAttachmentFile::kMaxFiles)
        return true;
    m_error->setError(tr("You can attach up to 5 files. Remove one to add another."));
    return false;
}

void TicketAttachmentList::browse()
{
    auto *picker = new QFileDialog(this, tr("Attach files"), QStandardPaths::writableLocation(QStandardPaths::PicturesLocation),
                                   tr("Screenshots and documents (*.png *.jpg *.jpeg *.pdf *.txt);;All files (*)"));
    picker->setObjectName(m_prefix + QStringLiteral("AttachmentPicker"));
    picker->setFileMode(QFileDialog::ExistingFiles);
    picker->setAttribute(Qt::WA_DeleteOnClose);
    connect(picker, &QFileDialog::filesSelected, this, [this](const QStringList &paths) {
        for (const QString &path : paths)
            addFile(path);
    });
    picker->open();
}

void TicketAttachmentList::addFile(const QString &path)
{
    const bool listed = std::any_of(m_files.cbegin(), m_files.cend(), [&](const DraftAttachment &a) { return a.path == path; });
    if (listed || m_checking.contains(path) || !hasRoom())
        return;
    m_error->setError({});
    m_checking << path;
    refresh();
    m_support->inspectAttachment(path);
}

void TicketAttachmentList::fileChecked(const QString &path, SupportAttachmentFile::Check check)
{
    if (!m_checking.removeOne(path))
        return;  // another list's file, or removed meanwhile
    const QString name = QFileInfo(path).fileName();
    if (check == SupportAttachmentFile::Check::Ok)
        m_files.append(DraftAttachment{name, path, {}});
    else
        m_error->setError(tr("“%1” cannot be attached: %2").arg(name, SupportService::checkMessage(check)));
    refresh();
    emit changed();
}

void TicketAttachmentList::addScreenshot(const QByteArray &png)
{
    if (!hasRoom())
        return;
    const QString name = tr("screenshot-%1.png").arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    m_files.append(DraftAttachment{name, {}, png});
    m_error->setError({});
    refresh();
    emit changed();
}

void TicketAttachmentList::attachScreenshot()
{
    if (!m_source || !hasRoom())
        return;
    auto *dialog = new ScreenshotRedactDialog(m_source->grab().toImage(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { addScreenshot(dialog->png()); });
    dialog->open();
}

void TicketAttachmentList::refresh()
{
    m_list->clear();
    for (const DraftAttachment &file : std::as_const(m_files))
        m_list->addItem(file.path.isEmpty() ? tr("%1 (screenshot)").arg(file.fileName) : file.fileName);
    for (const QString &path : std::as_const(m_checking))
        m_list->addItem(tr("%1 (checking…)").arg(QFileInfo(path).fileName()));
    m_list->setVisible(m_list->count() > 0);
    if (m_list->count() > 0)  // as tall as its rows: a form with one file stays compact
        m_list->setFixedHeight(m_list->sizeHintForRow(0) * int(m_list->count()) + 2 * m_list->frameWidth() + 4);
    m_remove->setVisible(!m_files.isEmpty());
    m_remove->setEnabled(m_list->currentRow() >= 0 && m_list->currentRow() < m_files.size());
    const bool room = m_files.size() + m_checking.size() < SupportAttachmentFile::kMaxFiles;
    m_addFiles->setEnabled(room);
    m_screenshot->setEnabled(room);
}

} // namespace okpay
