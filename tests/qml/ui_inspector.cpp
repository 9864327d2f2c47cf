#include "ui_inspector.h"

#include <QAccessible>
#include <QJSValue>
#include <QJsonDocument>
#include <QMetaProperty>
#include <QQuickWindow>
#include <QScreen>

#include <functional>

namespace intake::testing {

namespace {

// What a finger or a screen reader can act on.
bool isInteractive(const QQuickItem* item) {
    return item->inherits("QQuickAbstractButton") || item->inherits("QQuickTextInput") ||
           item->inherits("QQuickTextEdit") || item->inherits("QQuickComboBox") || item->inherits("QQuickSpinBox") ||
           item->inherits("QQuickSlider") || item->inherits("QQuickMouseArea") || item->inherits("QQuickSwitch") ||
           item->inherits("QQuickTumbler");
}

// Hidden items and their children are out of reach; a zero-sized parent is
// not (its children may still be drawn and touched).
bool effectivelyVisible(const QQuickItem* item) { return item->isVisible() && item->opacity() > 0.0; }

// Inside a control that is checked as a whole (the TextInput inside a
// SpinBox, the indicator inside a button).
bool insideInteractive(const QQuickItem* item) {
    for (auto* parent = item->parentItem(); parent; parent = parent->parentItem()) {
        if (parent->inherits("QQuickAbstractButton") || parent->inherits("QQuickComboBox") ||
            parent->inherits("QQuickSpinBox") || parent->inherits("QQuickSlider"))
            return true;
    }
    return false;
}

// A property's value as text, looking into lists, maps and JS values (a
// `property var form` holding the visitor's answers must be found too).
QString flatten(const QVariant& value) {
    QVariant plain = value;
    if (plain.canConvert<QJSValue>() && plain.typeId() == qMetaTypeId<QJSValue>())
        plain = plain.value<QJSValue>().toVariant();
    switch (plain.typeId()) {
    case QMetaType::QString: return plain.toString();
    case QMetaType::QStringList: return plain.toStringList().join(QChar(0x1f));
    case QMetaType::QVariantMap:
    case QMetaType::QVariantList:
    case QMetaType::QVariantHash:
        return QString::fromUtf8(QJsonDocument::fromVariant(plain).toJson(QJsonDocument::Compact));
    default: return QString();
    }
}

// The `label` of the TouchField a field belongs to, if any.
QString visibleLabel(const QQuickItem* item) {
    int depth = 0;
    for (auto* parent = item->parentItem(); parent && depth < 3; parent = parent->parentItem(), ++depth) {
        const auto label = parent->property("label");
        if (label.isValid())
            return label.toString().trimmed();
    }
    return {};
}

QString describe(const QQuickItem* item) {
    const auto name = item->objectName().isEmpty() ? QStringLiteral("(no objectName)") : item->objectName();
    return QStringLiteral("%1 %2").arg(QString::fromLatin1(item->metaObject()->className()), name);
}

void walk(QQuickItem* item, const std::function<void(QQuickItem*)>& visit) {
    if (!effectivelyVisible(item))
        return;
    visit(item);
    for (auto* child : item->childItems())
        walk(child, visit);
}

}  // namespace

double UiInspector::pixelsPerMillimetre(QQuickItem* item) const {
    QScreen* screen = item && item->window() ? item->window()->screen() : nullptr;
    if (!screen)
        return 96.0 / 25.4;
    return screen->physicalDotsPerInch() / 25.4;
}

int UiInspector::interactiveCount(QQuickItem* root) const { return static_cast<int>(interactiveNames(root).size()); }

QStringList UiInspector::interactiveNames(QQuickItem* root) const {
    QStringList names;
    if (root) {
        walk(root, [&](QQuickItem* item) {
            if (isInteractive(item) && !insideInteractive(item))
                names << describe(item);
        });
    }
    return names;
}

QStringList UiInspector::violations(QQuickItem* root, double minMillimetres) const {
    QStringList problems;
    if (!root)
        return {QStringLiteral("no root item")};
    QAccessible::setActive(true);
    const double minPixels = minMillimetres * pixelsPerMillimetre(root) - 0.5;
    walk(root, [&](QQuickItem* item) {
        if (!isInteractive(item) || insideInteractive(item))
            return;
        QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(item);
        if (!accessible || accessible->role() == QAccessible::NoRole || accessible->role() == QAccessible::Client)
            problems << describe(item) + QStringLiteral(": no accessible role");
        else if (accessible->text(QAccessible::Name).trimmed().isEmpty() &&
                 // Qt 6.4 blanks every text of a password field towards
                 // assistive technology on purpose (announced as "password
                 // text"); such a field needs its visible label (TouchField).
                 !(accessible->state().passwordEdit && !visibleLabel(item).isEmpty()))
            problems << describe(item) + QStringLiteral(": no accessible name");
        const QRectF box = item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
        if (box.width() < minPixels || box.height() < minPixels) {
            problems << QStringLiteral("%1: %2 x %3 mm, smaller than %4 mm")
                            .arg(describe(item))
                            .arg(box.width() / pixelsPerMillimetre(root), 0, 'f', 1)
                            .arg(box.height() / pixelsPerMillimetre(root), 0, 'f', 1)
                            .arg(minMillimetres);
        }
    });
    return problems;
}

QStringList UiInspector::stringsHolding(QObject* root, const QString& needle) const {
    QStringList found;
    if (!root || needle.isEmpty())
        return found;
    std::function<void(QObject*)> visit = [&](QObject* object) {
        const QMetaObject* meta = object->metaObject();
        for (int i = 0; i < meta->propertyCount(); ++i) {
            const QMetaProperty property = meta->property(i);
            if (!property.isReadable())
                continue;
            if (flatten(property.read(object)).contains(needle))
                found << QStringLiteral("%1.%2").arg(QString::fromLatin1(meta->className()), QString::fromLatin1(property.name()));
        }
        for (QObject* child : object->children())
            visit(child);
        if (auto* item = qobject_cast<QQuickItem*>(object)) {
            for (QQuickItem* child : item->childItems()) {
                if (child->parent() != object)
                    visit(child);
            }
        }
    };
    visit(root);
    return found;
}

}  // namespace intake::testing
