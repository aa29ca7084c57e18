<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<!-- English needs a catalogue only for plural forms: the source texts say "%n job(s)" and
     this file gives "1 job" and "2 jobs". Every other English text is the source itself. -->
<context>
    <name>LeaveGuard</name>
    <message numerus="yes">
        <source>%n job(s) still running. Quit and stop them?</source>
        <translation>
            <numerusform>%n job still running. Quit and stop it?</numerusform>
            <numerusform>%n jobs still running. Quit and stop them?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) still running. Open another project and stop them?</source>
        <translation>
            <numerusform>%n job still running. Open another project and stop it?</numerusform>
            <numerusform>%n jobs still running. Open another project and stop them?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) still running. Close the project and stop them?</source>
        <translation>
            <numerusform>%n job still running. Close the project and stop it?</numerusform>
            <numerusform>%n jobs still running. Close the project and stop them?</numerusform>
        </translation>
    </message>
</context>
</TS>
