<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<!-- English needs a catalogue only for plural forms: the source texts say "%n job(s)" and
     this file gives "1 job" and "2 jobs". Every other English text is the source itself. -->
<context>
    <name>AccountDialog</name>
    <message numerus="yes">
        <location filename="../../src/storyweaver/gui/account_names.py" line="74"/>
        <source>Applies to the %Ln post(s) of this account.</source>
        <translation>
            <numerusform>Applies to the post of this account.</numerusform>
            <numerusform>Applies to the %Ln posts of this account.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeaveGuard</name>
    <message numerus="yes">
        <location filename="../../src/storyweaver/gui/leave_guard.py" line="27"/>
        <source>%n job(s) still running. Quit and stop them?</source>
        <translation>
            <numerusform>%n job still running. Quit and stop it?</numerusform>
            <numerusform>%n jobs still running. Quit and stop them?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/storyweaver/gui/leave_guard.py" line="29"/>
        <source>%n job(s) still running. Open another project and stop them?</source>
        <translation>
            <numerusform>%n job still running. Open another project and stop it?</numerusform>
            <numerusform>%n jobs still running. Open another project and stop them?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/storyweaver/gui/leave_guard.py" line="30"/>
        <source>%n job(s) still running. Close the project and stop them?</source>
        <translation>
            <numerusform>%n job still running. Close the project and stop it?</numerusform>
            <numerusform>%n jobs still running. Close the project and stop them?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message numerus="yes">
        <location filename="../../src/storyweaver/gui/library_panel.py" line="181"/>
        <source>%1 of %Ln item(s)</source>
        <translation>
            <numerusform>%1 of %Ln item</numerusform>
            <numerusform>%1 of %Ln items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/storyweaver/gui/library_panel.py" line="180"/>
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln item</numerusform>
            <numerusform>%Ln items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation type="vanished">
            <numerusform>%Ln item</numerusform>
            <numerusform>%Ln items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected</source>
        <translation type="vanished">
            <numerusform>%Ln selected</numerusform>
            <numerusform>%Ln selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Library: %Ln item(s)</source>
        <translation type="vanished">
            <numerusform>Library: %Ln item</numerusform>
            <numerusform>Library: %Ln items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Story: %Ln block(s)</source>
        <translation type="vanished">
            <numerusform>Story: %Ln block</numerusform>
            <numerusform>Story: %Ln blocks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln section(s) created</source>
        <translation type="vanished">
            <numerusform>%Ln section created</numerusform>
            <numerusform>%Ln sections created</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Items put in date order within your %Ln section(s)</source>
        <translation type="vanished">
            <numerusform>Items put in date order within your section</numerusform>
            <numerusform>Items put in date order within your %Ln sections</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeProjectAction</name>
    <message numerus="yes">
        <location filename="../../src/storyweaver/gui/merge_project.py" line="183"/>
        <source>Merge a project (%n item(s) added)</source>
        <translation>
            <numerusform>Merge a project (%n item added)</numerusform>
            <numerusform>Merge a project (%n items added)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OneSelection</name>
    <message numerus="yes">
        <location filename="../../src/storyweaver/gui/one_selection.py" line="42"/>
        <source>%Ln selected</source>
        <translation>
            <numerusform>%Ln selected</numerusform>
            <numerusform>%Ln selected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message numerus="yes">
        <location filename="../../src/storyweaver/gui/progress_panel.py" line="228"/>
        <source>And %Ln more</source>
        <translation>
            <numerusform>And %Ln more</numerusform>
            <numerusform>And %Ln more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProjectActions</name>
    <message numerus="yes">
        <location filename="../../src/storyweaver/gui/project_actions.py" line="197"/>
        <source>%Ln added</source>
        <translation>
            <numerusform>%Ln added</numerusform>
            <numerusform>%Ln added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/storyweaver/gui/project_actions.py" line="198"/>
        <source>%Ln already in the library</source>
        <translation>
            <numerusform>%Ln already in the library</numerusform>
            <numerusform>%Ln already in the library</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/storyweaver/gui/project_actions.py" line="194"/>
        <source>Import %Ln item(s)</source>
        <translation>
            <numerusform>Import %Ln item</numerusform>
            <numerusform>Import %Ln items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/storyweaver/gui/project_actions.py" line="170"/>
        <source>Importing %Ln source(s)</source>
        <translation>
            <numerusform>Importing %Ln source</numerusform>
            <numerusform>Importing %Ln sources</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message numerus="yes">
        <location filename="../../src/storyweaver/gui/search_panel.py" line="165"/>
        <source>%Ln already in the library</source>
        <translation>
            <numerusform>%Ln already in the library</numerusform>
            <numerusform>%Ln already in the library</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/storyweaver/gui/search_panel.py" line="164"/>
        <source>%Ln kept</source>
        <translation>
            <numerusform>%Ln kept</numerusform>
            <numerusform>%Ln kept</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/storyweaver/gui/search_panel.py" line="124"/>
        <source>%Ln result(s); select the ones to keep.</source>
        <translation>
            <numerusform>%Ln result; select the ones to keep.</numerusform>
            <numerusform>%Ln results; select the ones to keep.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SelectionEditor</name>
    <message numerus="yes">
        <location filename="../../src/storyweaver/gui/selection_editor.py" line="102"/>
        <source>%Ln item(s) selected</source>
        <translation>
            <numerusform>%Ln item selected</numerusform>
            <numerusform>%Ln items selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/storyweaver/gui/selection_editor.py" line="152"/>
        <source>Untag %Ln item(s)</source>
        <translation>
            <numerusform>Untag %Ln item</numerusform>
            <numerusform>Untag %Ln items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/storyweaver/gui/selection_editor.py" line="164"/>
        <source>Change who sees %Ln item(s)</source>
        <translation>
            <numerusform>Change who sees %Ln item</numerusform>
            <numerusform>Change who sees %Ln items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/storyweaver/gui/selection_editor.py" line="170"/>
        <source>Redact %Ln author(s)</source>
        <translation>
            <numerusform>Redact %Ln author</numerusform>
            <numerusform>Redact %Ln authors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/storyweaver/gui/selection_editor.py" line="182"/>
        <source>%n direct or followers-only post(s) stay in the briefing: publish each one from its own inspector.</source>
        <translation>
            <numerusform>%n direct or followers-only post stays in the briefing: publish it from its own inspector.</numerusform>
            <numerusform>%n direct or followers-only posts stay in the briefing: publish each one from its own inspector.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/storyweaver/gui/selection_editor.py" line="171"/>
        <source>Show %Ln author(s) again</source>
        <translation>
            <numerusform>Show %Ln author again</numerusform>
            <numerusform>Show %Ln authors again</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/storyweaver/gui/selection_editor.py" line="140"/>
        <source>Tag %Ln item(s)</source>
        <translation>
            <numerusform>Tag %Ln item</numerusform>
            <numerusform>Tag %Ln items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusLabels</name>
    <message numerus="yes">
        <location filename="../../src/storyweaver/gui/status_labels.py" line="45"/>
        <source>Library: %Ln item(s)</source>
        <translation>
            <numerusform>Library: %Ln item</numerusform>
            <numerusform>Library: %Ln items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/storyweaver/gui/status_labels.py" line="45"/>
        <source>Story: %Ln block(s)</source>
        <translation>
            <numerusform>Story: %Ln block</numerusform>
            <numerusform>Story: %Ln blocks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/storyweaver/gui/status_labels.py" line="46"/>
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln item</numerusform>
            <numerusform>%Ln items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StoryCommandWords</name>
    <message numerus="yes">
        <location filename="../../src/storyweaver/gui/story_commands.py" line="33"/>
        <source>%Ln section(s) created</source>
        <translation>
            <numerusform>%Ln section created</numerusform>
            <numerusform>%Ln sections created</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/storyweaver/gui/story_commands.py" line="34"/>
        <source>%Ln day heading(s) added within your sections</source>
        <translation>
            <numerusform>%Ln day heading added within your sections</numerusform>
            <numerusform>%Ln day headings added within your sections</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StoryCommands</name>
    <message numerus="yes">
        <source>%Ln section(s) created</source>
        <translation type="vanished">
            <numerusform>%Ln section created</numerusform>
            <numerusform>%Ln sections created</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day heading(s) added within your sections</source>
        <translation type="vanished">
            <numerusform>%Ln day heading added within your sections</numerusform>
            <numerusform>%Ln day headings added within your sections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Items put in date order within your %Ln section(s)</source>
        <translation type="vanished">
            <numerusform>Items put in date order within your section</numerusform>
            <numerusform>Items put in date order within your %Ln sections</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StoryEditor</name>
    <message numerus="yes">
        <location filename="../../src/storyweaver/gui/story_editor.py" line="67"/>
        <source>Add %Ln item(s) to the story</source>
        <translation>
            <numerusform>Add %Ln item to the story</numerusform>
            <numerusform>Add %Ln items to the story</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineStrip</name>
    <message numerus="yes">
        <location filename="../../src/storyweaver/gui/timeline_strip.py" line="108"/>
        <source>%Ln day(s), from %1 to %2</source>
        <translation>
            <numerusform>%Ln day, from %1 to %2</numerusform>
            <numerusform>%Ln days, from %1 to %2</numerusform>
        </translation>
    </message>
</context>
</TS>
