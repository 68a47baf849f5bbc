#include "ui_helpers.hxx"

#include "child_process.hxx"
#include "uno_values.hxx"

#include <com/sun/star/accessibility/AccessibleRole.hpp>
#include <com/sun/star/accessibility/AccessibleStateType.hpp>
#include <com/sun/star/accessibility/XAccessible.hpp>
#include <com/sun/star/frame/XTitle.hpp>
#include <com/sun/star/accessibility/XAccessibleAction.hpp>
#include <com/sun/star/accessibility/XAccessibleStateSet.hpp>
#include <com/sun/star/awt/XFixedText.hpp>
#include <com/sun/star/text/XTextViewCursorSupplier.hpp>
#include <com/sun/star/accessibility/XAccessibleComponent.hpp>
#include <com/sun/star/awt/PosSize.hpp>
#include <com/sun/star/awt/Toolkit.hpp>
#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/awt/XExtendedToolkit.hpp>
#include <com/sun/star/awt/XToolkitExperimental.hpp>
#include <com/sun/star/awt/XWindow.hpp>
#include <com/sun/star/awt/XWindow2.hpp>
#include <com/sun/star/awt/XDevice.hpp>
#include <com/sun/star/awt/XFont.hpp>
#include <com/sun/star/awt/XVclWindowPeer.hpp>
#include <com/sun/star/awt/FontDescriptor.hpp>
#include <com/sun/star/awt/XLayoutConstrains.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/beans/XPropertySetInfo.hpp>
#include <com/sun/star/frame/DispatchHelper.hpp>
#include <com/sun/star/frame/XController2.hpp>
#include <com/sun/star/frame/XDispatchProvider.hpp>
#include <com/sun/star/ui/XDecks.hpp>
#include <com/sun/star/ui/XPanels.hpp>

#include <gtest/gtest.h>

#include <stdexcept>
#include <thread>

using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
using prevent::testing::office;
using prevent::testing::utf8;
using rtl::OUString;

namespace prevent::ui_testing {

std::unique_ptr<Document> open_window(const char* factory)
{
    auto doc = std::make_unique<Document>(office(), rtl::OUString::createFromAscii(factory), false);
    doc->frame()->getContainerWindow()->setPosSize(0, 0, 1280, 900, css::awt::PosSize::POSSIZE);
    settle();
    return doc;
}

void settle()
{
    const Reference<css::awt::XToolkitExperimental> toolkit(
        css::awt::Toolkit::create(office().context()), UNO_QUERY_THROW);
    for (int i = 0; i < 3; ++i) {  // idle handlers (the sidebar's layout among them) post more work
        toolkit->processEventsToIdle();
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
}

void wait_for_the_pause()
{
    std::this_thread::sleep_for(std::chrono::milliseconds(1500));
    settle();
}

void dispatch(const Document& doc, const char* command)
{
    css::frame::DispatchHelper::create(office().context())
        ->executeDispatch(Reference<css::frame::XDispatchProvider>(doc.frame(), UNO_QUERY_THROW),
                          rtl::OUString::createFromAscii(command), "", 0, {});
    settle();
}

Reference<css::ui::XSidebarProvider> sidebar_of(const Document& doc)
{
    return Reference<css::frame::XController2>(doc.frame()->getController(), UNO_QUERY_THROW)
        ->getSidebar();
}

Reference<css::ui::XDeck> prevent_deck(const Document& doc)
{
    return Reference<css::ui::XDeck>(
        sidebar_of(doc)->getDecks()->getByName("org.preventtoolkit.Deck"), UNO_QUERY_THROW);
}

std::vector<std::string> panel_ids(const Document& doc)
{
    return utf8(prevent_deck(doc)->getPanels()->getElementNames());
}

Reference<css::ui::XPanel> panel(const Document& doc, const char* id)
{
    return Reference<css::ui::XPanel>(
        prevent_deck(doc)->getPanels()->getByName(rtl::OUString::createFromAscii(id)),
        UNO_QUERY_THROW);
}

Reference<css::awt::XControlContainer> panel_controls(const Document& doc, const char* id)
{
    return Reference<css::awt::XControlContainer>(panel(doc, id)->getDialog(), UNO_QUERY_THROW);
}

css::awt::Rectangle screen_rectangle(const Reference<css::uno::XInterface>& control_or_window)
{
    Reference<css::accessibility::XAccessible> accessible(control_or_window, UNO_QUERY);
    if (!accessible.is()) {
        const Reference<css::awt::XControl> control(control_or_window, UNO_QUERY_THROW);
        accessible.set(control->getPeer(), UNO_QUERY_THROW);
    }
    const Reference<css::accessibility::XAccessibleComponent> component(
        accessible->getAccessibleContext(), UNO_QUERY_THROW);
    const auto place = component->getLocationOnScreen();
    const auto size = component->getSize();
    return css::awt::Rectangle(place.X, place.Y, size.Width, size.Height);
}

void xdotool(const std::vector<std::string>& arguments)
{
    std::vector<std::string> argv{"/usr/bin/xdotool"};
    argv.insert(argv.end(), arguments.begin(), arguments.end());
    const auto result = prevent::testing::run_command(argv, std::chrono::seconds(30),
                                                      {"DISPLAY=" + office().display()});
    if (result.exit_code != 0)
        throw std::runtime_error("xdotool failed: " + result.output);
    settle();
}

// The panel's control by name; a test naming a control the panel lacks fails, never crashes.
static Reference<css::awt::XControl> control_of(
    const Reference<css::awt::XControlContainer>& controls, const char* name)
{
    if (!controls.is())
        throw std::runtime_error(std::string("no panel controls to find ") + name + " in");
    const auto control = controls->getControl(rtl::OUString::createFromAscii(name));
    if (!control.is())
        throw std::runtime_error(std::string("the panel has no control ") + name);
    return control;
}

Reference<css::beans::XPropertySet> model_of(const Reference<css::awt::XControlContainer>& controls,
                                             const char* name)
{
    return Reference<css::beans::XPropertySet>(control_of(controls, name)->getModel(),
                                               UNO_QUERY_THROW);
}

std::vector<std::string> items_of(const Reference<css::awt::XControlContainer>& controls,
                                  const char* name)
{
    css::uno::Sequence<rtl::OUString> items;
    model_of(controls, name)->getPropertyValue("StringItemList") >>= items;
    return utf8(items);
}

// The text the user sees: the window's (the model of an .xdl label keeps its resource key).
std::string label_of(const Reference<css::awt::XControlContainer>& controls, const char* name)
{
    return utf8(
        Reference<css::awt::XFixedText>(control_of(controls, name)->getPeer(), UNO_QUERY_THROW)
            ->getText());
}

int selected_of(const Reference<css::awt::XControlContainer>& controls, const char* name)
{
    css::uno::Sequence<sal_Int16> selected;
    model_of(controls, name)->getPropertyValue("SelectedItems") >>= selected;
    return selected.getLength() == 1 ? selected[0] : -1;
}

void select(const Reference<css::awt::XControlContainer>& controls, const char* name,
            sal_Int16 position)
{
    model_of(controls, name)
        ->setPropertyValue("SelectedItems", Any(css::uno::Sequence<sal_Int16>(&position, 1)));
    settle();
}

css::awt::Rectangle place_of(const Reference<css::awt::XControlContainer>& controls,
                             const char* name)
{
    return Reference<css::awt::XWindow>(controls->getControl(rtl::OUString::createFromAscii(name)),
                                        UNO_QUERY_THROW)
        ->getPosSize();
}

int width_of(const Reference<css::awt::XControlContainer>& controls, const char* name)
{
    return Reference<css::awt::XWindow>(controls->getControl(rtl::OUString::createFromAscii(name)),
                                        UNO_QUERY_THROW)
        ->getPosSize()
        .Width;
}

int height_of(const Reference<css::awt::XControlContainer>& controls, const char* name)
{
    return Reference<css::awt::XWindow>(controls->getControl(rtl::OUString::createFromAscii(name)),
                                        UNO_QUERY_THROW)
        ->getPosSize()
        .Height;
}

Reference<css::accessibility::XAccessibleContext> accessible(
    const Reference<css::awt::XControlContainer>& controls, const char* name)
{
    const auto control = controls->getControl(rtl::OUString::createFromAscii(name));
    return Reference<css::accessibility::XAccessible>(control->getPeer(), UNO_QUERY_THROW)
        ->getAccessibleContext();
}

void press(const Reference<css::awt::XControlContainer>& controls, const char* button)
{
    Reference<css::accessibility::XAccessibleAction>(accessible(controls, button), UNO_QUERY_THROW)
        ->doAccessibleAction(0);
    settle();
}

std::vector<std::string> lines_of(const std::string& text)
{
    std::vector<std::string> lines;
    std::size_t from = 0;
    for (std::size_t at; (at = text.find('\n', from)) != std::string::npos; from = at + 1)
        lines.push_back(text.substr(from, at - from));
    lines.push_back(text.substr(from));
    return lines;
}

std::vector<std::string> finding_texts(const Reference<css::awt::XControlContainer>& controls)
{
    std::vector<std::string> texts;
    for (int i = 0;; ++i) {
        const std::string name = "Finding" + std::to_string(i);
        if (!controls->getControl(rtl::OUString::fromUtf8(name.c_str())).is())
            return texts;
        texts.push_back(label_of(controls, name.c_str()));
    }
}

void go_to_finding(const Reference<css::awt::XControlContainer>& controls, int position)
{
    press(controls, ("GoTo" + std::to_string(position)).c_str());
    settle();  // the click runs once the button's own event is over
}

void fix_finding(const Reference<css::awt::XControlContainer>& controls, int position)
{
    press(controls, ("Fix" + std::to_string(position)).c_str());
    settle();
}

bool has_focus(const Reference<css::awt::XControlContainer>& controls, const char* name)
{
    return accessible(controls, name)
        ->getAccessibleStateSet()
        ->contains(css::accessibility::AccessibleStateType::FOCUSED);
}

void drag_sidebar_edge(const Document& doc, int dx)
{
    const auto panel_rect =
        screen_rectangle(panel(doc, "org.preventtoolkit.CoveragePanel")->getDialog());
    const int x = panel_rect.X - 6;
    const int y = panel_rect.Y + 200;
    xdotool({"mousemove", std::to_string(x), std::to_string(y), "mousedown", "1", "mousemove",
             std::to_string(x + dx / 2), std::to_string(y), "mousemove", std::to_string(x + dx),
             std::to_string(y), "mouseup", "1"});
}

Reference<css::accessibility::XAccessibleContext> find_accessible(
    const Reference<css::accessibility::XAccessibleContext>& root, sal_Int16 role,
    const std::string& name, int depth)
{
    if (!root.is() || depth < 0)
        return nullptr;
    if (root->getAccessibleRole() == role && utf8(root->getAccessibleName()) == name)
        return root;
    const sal_Int32 count =
        std::min<sal_Int32>(static_cast<sal_Int32>(root->getAccessibleChildCount()), 200);
    for (sal_Int32 i = 0; i < count; ++i) {
        const auto child = root->getAccessibleChild(i);
        const auto found = find_accessible(child.is() ? child->getAccessibleContext() : nullptr,
                                           role, name, depth - 1);
        if (found.is())
            return found;
    }
    return nullptr;
}

std::string view_selection(const Document& doc)
{
    const Reference<css::text::XTextViewCursorSupplier> supplier(
        doc.model()->getCurrentController(), UNO_QUERY_THROW);
    return utf8(supplier->getViewCursor()->getString());
}

namespace {

void click_middle_of(const Reference<css::accessibility::XAccessibleContext>& item,
                     const std::string& what)
{
    if (!item.is())
        throw std::runtime_error("no " + what + " in the window's accessibility tree");
    const Reference<css::accessibility::XAccessibleComponent> component(item, UNO_QUERY_THROW);
    const auto at = component->getLocationOnScreen();
    const auto size = component->getSize();
    xdotool({"mousemove", std::to_string(at.X + size.Width / 2),
             std::to_string(at.Y + size.Height / 2), "click", "1"});
    settle();
}

}  // namespace

void choose_menu_item(const Document& doc, const char* menu, const char* item)
{
    // The menu is clicked where the window shows it: bring the window to the front first, as its
    // title names it ("Untitled 3 - LibreOffice Writer"); Xvfb has no window manager to do it.
    const Reference<css::frame::XTitle> title(doc.frame(), UNO_QUERY_THROW);
    xdotool({"search", "--sync", "--name", "^" + utf8(title->getTitle()) + "$", "windowraise",
             "windowfocus", "--sync"});
    settle();
    const auto window = [&] {
        return Reference<css::accessibility::XAccessible>(doc.frame()->getContainerWindow(),
                                                          UNO_QUERY_THROW)
            ->getAccessibleContext();
    };
    click_middle_of(find_accessible(window(), css::accessibility::AccessibleRole::MENU, menu),
                    std::string("menu ") + menu);
    click_middle_of(find_accessible(window(), css::accessibility::AccessibleRole::MENU_ITEM, item),
                    std::string("menu item ") + item);
}

void focus_window(const char* pattern)
{
    xdotool({"search", "--sync", "--name", pattern, "windowraise", "windowfocus", "--sync"});
    settle();
}

Reference<css::accessibility::XAccessibleContext> active_window()
{
    const Reference<css::awt::XExtendedToolkit> toolkit(
        css::awt::Toolkit::create(office().context()), UNO_QUERY_THROW);
    return Reference<css::accessibility::XAccessible>(toolkit->getActiveTopWindow(),
                                                      UNO_QUERY_THROW)
        ->getAccessibleContext();
}

std::string accessible_name_with(const Reference<css::accessibility::XAccessibleContext>& root,
                                 const std::string& text, int depth)
{
    if (!root.is() || depth < 0)
        return "";
    const std::string name = utf8(root->getAccessibleName());
    if (name.find(text) != std::string::npos)
        return name;
    for (sal_Int64 i = 0; i < root->getAccessibleChildCount() && i < 200; ++i) {
        const auto child = root->getAccessibleChild(i);
        if (!child.is())
            continue;
        if (auto found = accessible_name_with(child->getAccessibleContext(), text, depth - 1);
            !found.empty())
            return found;
    }
    return "";
}

std::string focused_below(const Reference<css::accessibility::XAccessibleContext>& root, int depth)
{
    if (!root.is() || depth < 0)
        return "";
    const auto states = root->getAccessibleStateSet();
    if (states.is() && states->contains(css::accessibility::AccessibleStateType::FOCUSED) &&
        root->getAccessibleRole() != css::accessibility::AccessibleRole::DIALOG)
        return std::to_string(root->getAccessibleRole()) + ":" + utf8(root->getAccessibleName());
    for (sal_Int64 i = 0; i < root->getAccessibleChildCount() && i < 200; ++i) {
        const auto child = root->getAccessibleChild(i);
        if (!child.is())
            continue;
        if (auto found = focused_below(child->getAccessibleContext(), depth - 1); !found.empty())
            return found;
    }
    return "";
}

void wait_until(const std::function<bool()>& done)
{
    for (int i = 0; i < 100 && !done(); ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
}

std::string screenshot(const char* name)
{
    const std::string path = std::string(PREVENT_SCREENSHOT_DIR) + "/" + name + ".png";
    settle();
    office().screenshot(path);
    return path;
}

namespace {

struct Shown {
    std::string name, text;
    css::awt::Rectangle place;
    bool multiline = false;
    bool button = false;
    int text_width = 0;     // of its words in its font; 0: it shows no words
    int minimum_width = 0;  // VCL's, for a one-line label: its words in the font it draws
};

// The words a control shows: its window's text (the label's resource resolved), the mnemonic's
// "~" taken out.
std::string shown_words(const Reference<css::awt::XControl>& control)
{
    const Reference<css::awt::XVclWindowPeer> peer(control->getPeer(), UNO_QUERY);
    OUString text;
    if (peer.is())
        peer->getProperty("Label") >>= text;
    return utf8(text.replaceAll("~", ""));
}

// The width of those words in the font the control draws them in: the window's own (the peer's
// font descriptor is empty when the control uses the style's font, and an empty one keeps it).
int words_width(const Reference<css::awt::XControl>& control)
{
    const Reference<css::awt::XVclWindowPeer> peer(control->getPeer(), UNO_QUERY);
    const Reference<css::awt::XDevice> device(control->getPeer(), UNO_QUERY);
    const std::string words = shown_words(control);
    css::awt::FontDescriptor font;
    if (!peer.is() || !device.is() || words.empty() ||
        !(peer->getProperty("FontDescriptor") >>= font))
        return 0;
    return device->getFont(font)->getStringWidth(OUString::fromUtf8(words.c_str()));
}

bool labelled(const Reference<css::beans::XPropertySet>& model)
{
    return model->getPropertySetInfo()->hasPropertyByName("Label");
}

std::vector<Shown> shown_controls(const Reference<css::awt::XControlContainer>& controls)
{
    std::vector<Shown> out;
    for (const auto& control : controls->getControls()) {
        const Reference<css::awt::XWindow2> window(control, UNO_QUERY);
        if (!window.is() || !window->isVisible())
            continue;
        const Reference<css::beans::XPropertySet> model(control->getModel(), UNO_QUERY_THROW);
        Shown s;
        OUString name;
        model->getPropertyValue("Name") >>= name;
        s.name = utf8(name);
        s.place = window->getPosSize();
        if (model->getPropertySetInfo()->hasPropertyByName("MultiLine"))
            model->getPropertyValue("MultiLine") >>= s.multiline;
        const Reference<css::lang::XServiceInfo> kind(model, UNO_QUERY);
        s.button = kind.is() && kind->supportsService("com.sun.star.awt.UnoControlButtonModel");
        if (labelled(model)) {
            s.text = shown_words(control);
            const Reference<css::awt::XLayoutConstrains> constrains(control, UNO_QUERY);
            if (constrains.is() && !s.button && !s.multiline &&
                kind->supportsService("com.sun.star.awt.UnoControlFixedTextModel"))
                s.minimum_width = constrains->getMinimumSize().Width;
            s.text_width = words_width(control);
        }
        if (s.place.Width > 0 && s.place.Height > 0)
            out.push_back(s);
    }
    return out;
}

bool overlap(const css::awt::Rectangle& a, const css::awt::Rectangle& b)
{
    return a.X < b.X + b.Width && b.X < a.X + a.Width && a.Y < b.Y + b.Height &&
           b.Y < a.Y + a.Height;
}

}  // namespace

int words_width(const Reference<css::awt::XControlContainer>& controls, const char* name)
{
    return words_width(controls->getControl(rtl::OUString::createFromAscii(name)));
}

std::vector<std::string> layout_problems(const Reference<css::awt::XControlContainer>& controls)
{
    // Words need a little room at their sides: a label's pixel, a button's frame and air.
    constexpr int kLabelRoom = 2;
    constexpr int kButtonRoom = 8;
    std::vector<std::string> problems;
    const auto shown = shown_controls(controls);
    for (const auto& s : shown) {
        const int needs = s.text_width + (s.button ? kButtonRoom : kLabelRoom);
        if (s.text_width > 0 && !s.multiline && needs > s.place.Width)
            problems.push_back(s.name + " \u201c" + s.text + "\u201d needs " +
                               std::to_string(needs) + " px, has " + std::to_string(s.place.Width));
        // VCL sizes a one-line label by its words in the font it draws: if our measure
        // disagrees, it is not measuring in that font and every figure above means nothing.
        if (s.minimum_width > 0 &&
            (s.minimum_width < s.text_width || s.minimum_width > s.text_width + 4))
            problems.push_back(s.name + " measured " + std::to_string(s.text_width) +
                               " px, VCL draws it in " + std::to_string(s.minimum_width));
    }
    for (std::size_t i = 0; i < shown.size(); ++i)
        for (std::size_t j = i + 1; j < shown.size(); ++j)
            if (overlap(shown[i].place, shown[j].place))
                problems.push_back(shown[i].name + " and " + shown[j].name + " overlap");
    return problems;
}

}  // namespace prevent::ui_testing
