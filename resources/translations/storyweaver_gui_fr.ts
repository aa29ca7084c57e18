<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../src/storyweaver/gui/about.py" line="72"/>
        <source>About StoryWeaver</source>
        <translation>À propos de StoryWeaver</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/about.py" line="80"/>
        <source>Version {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/about.py" line="82"/>
        <source>Collect posts, links and images and weave them into a web recap and a PDF briefing.</source>
        <translation>Rassemblez publications, liens et images, et tissez-en un récapitulatif web et une note d’information PDF.</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/about.py" line="86"/>
        <source>Licence: {licence}. StoryWeaver is free software: you may share and change it under the terms of the GNU General Public License, version 3 or any later version. It comes with no warranty.</source>
        <translation>Licence : {licence}. StoryWeaver est un logiciel libre : vous pouvez le partager et le modifier selon les termes de la GNU General Public License, version 3 ou toute version ultérieure. Il est fourni sans aucune garantie.</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/about.py" line="103"/>
        <source>Copy details</source>
        <translation>Copier les détails</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/about.py" line="114"/>
        <source>Built with:</source>
        <translation>Construit avec :</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/about.py" line="120"/>
        <source>not installed</source>
        <translation>non installé</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/about.py" line="130"/>
        <source>Licence: {licence}</source>
        <translation>Licence : {licence}</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/about.py" line="143"/>
        <source>Component</source>
        <translation>Composant</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/about.py" line="143"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/about.py" line="172"/>
        <source>StoryWeaver logo</source>
        <translation>Logo de StoryWeaver</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../../src/storyweaver/gui/account_names.py" line="83"/>
        <source>&amp;Handle</source>
        <translation>&amp;Identifiant</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/account_names.py" line="82"/>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/account_names.py" line="80"/>
        <source>@handle</source>
        <translation>@identifiant</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/storyweaver/gui/account_names.py" line="74"/>
        <source>Applies to the %Ln post(s) of this account.</source>
        <translation>
            <numerusform>S’applique à la publication de ce compte.</numerusform>
            <numerusform>S’applique aux %Ln publications de ce compte.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/account_names.py" line="81"/>
        <source>Handle</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/account_names.py" line="78"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/account_names.py" line="72"/>
        <source>Name the account</source>
        <translation>Nommer le compte</translation>
    </message>
</context>
<context>
    <name>AccountNames</name>
    <message>
        <location filename="../../src/storyweaver/gui/account_names.py" line="131"/>
        <source>Name the account</source>
        <translation>Nommer le compte</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/account_names.py" line="103"/>
        <source>Name the account of this post…</source>
        <translation>Nommer le compte de cette publication…</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../src/storyweaver/gui/app.py" line="94"/>
        <source>This is a sample story. Drag posts from the library into the story, write between them, then File › Export. Start your own with File › New Project, and drop files or paste addresses to capture.</source>
        <translation>Voici un récit d’exemple. Glissez des publications de la bibliothèque dans le récit, écrivez entre elles, puis Fichier › Exporter. Commencez le vôtre avec Fichier › Nouveau projet, et déposez des fichiers ou collez des adresses pour les capturer.</translation>
    </message>
</context>
<context>
    <name>AuthorRedactionButton</name>
    <message>
        <location filename="../../src/storyweaver/gui/redact_author.py" line="167"/>
        <source>Stop redacting this author</source>
        <translation>Ne plus anonymiser cette personne</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/redact_author.py" line="168"/>
        <source>Their posts are shown again in the public recap, and later imports are no longer redacted.</source>
        <translation>Ses publications apparaissent de nouveau dans le récapitulatif public, et les imports suivants ne sont plus anonymisés.</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/redact_author.py" line="163"/>
        <location filename="../../src/storyweaver/gui/redact_author.py" line="171"/>
        <source>Redact this author</source>
        <translation>Anonymiser cette personne</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/redact_author.py" line="164"/>
        <source>This item has no account to redact.</source>
        <translation>Cet élément n’a pas de compte à anonymiser.</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/redact_author.py" line="172"/>
        <source>Redact every post by this account in the public recap, now and in later imports.</source>
        <translation>Anonymiser chaque publication de ce compte dans le récapitulatif public, maintenant et dans les imports suivants.</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/redact_author.py" line="137"/>
        <source>Redact the author %1</source>
        <translation>Anonymiser la personne %1</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/redact_author.py" line="137"/>
        <source>Stop redacting the author %1</source>
        <translation>Ne plus anonymiser la personne %1</translation>
    </message>
</context>
<context>
    <name>CuratorDialog</name>
    <message>
        <location filename="../../src/storyweaver/gui/merge_project.py" line="97"/>
        <source>Curator of this project</source>
        <translation>Organisateur de ce projet</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/merge_project.py" line="101"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/merge_project.py" line="102"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation :</translation>
    </message>
</context>
<context>
    <name>EmptyStoryHint</name>
    <message>
        <location filename="../../src/storyweaver/gui/empty_story_hint.py" line="27"/>
        <source>Your story is empty.
Drag posts, links and pictures here from the library, or use Add Section and Add Text above.
Import an archive, pictures or a folder from the File menu, or paste an address in the library.</source>
        <translation>Votre récit est vide.
Glissez ici des publications, des liens et des images depuis la bibliothèque, ou utilisez Ajouter une section et Ajouter un texte ci-dessus.
Importez une archive, des images ou un dossier depuis le menu Fichier, ou collez une adresse dans la bibliothèque.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../src/storyweaver/gui/export_dialog.py" line="109"/>
        <location filename="../../src/storyweaver/gui/export_dialog.py" line="153"/>
        <source>The project&apos;s language</source>
        <translation>La langue du projet</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/export_dialog.py" line="125"/>
        <location filename="../../src/storyweaver/gui/export_dialog.py" line="155"/>
        <source>The PDF&apos;s first page will show here.</source>
        <translation>La première page du PDF s’affichera ici.</translation>
    </message>
    <message>
        <source>Exporting is not part of this installation yet.</source>
        <translation type="vanished">L’export ne fait pas encore partie de cette installation.</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/export_dialog.py" line="107"/>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/export_dialog.py" line="159"/>
        <source>Where to write</source>
        <translation>Où écrire</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/export_dialog.py" line="180"/>
        <source>Choose at least one thing to write.</source>
        <translation>Choisissez au moins une chose à écrire.</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/export_dialog.py" line="190"/>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/export_dialog.py" line="192"/>
        <source>Exporting the story</source>
        <translation>Export du récit</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/export_dialog.py" line="136"/>
        <source>Preparing the story&apos;s images</source>
        <translation>Préparation des images du récit</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/export_dialog.py" line="221"/>
        <source>Written:</source>
        <translation>Écrit :</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/export_dialog.py" line="223"/>
        <source>Check before publishing:</source>
        <translation>À vérifier avant de publier :</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="6"/>
        <source>Export the Story</source>
        <translation>Exporter le récit</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="16"/>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="26"/>
        <source>Theme of the recap</source>
        <translation>Thème du récapitulatif</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="33"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="43"/>
        <source>Language of the recap</source>
        <translation>Langue du récapitulatif</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="50"/>
        <source>&amp;Paper</source>
        <translation>&amp;Papier</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="60"/>
        <source>Paper size of the PDF</source>
        <translation>Format de papier du PDF</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="67"/>
        <source>&amp;Folder</source>
        <translation>&amp;Dossier</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="92"/>
        <source>Folder to write to</source>
        <translation>Dossier où écrire</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="99"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="111"/>
        <source>Write</source>
        <translation>Écrire</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="117"/>
        <source>&amp;HTML recap (public)</source>
        <translation>Récapitulatif &amp;HTML (public)</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="127"/>
        <source>P&amp;DF briefing</source>
        <translation>Note d’information P&amp;DF</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="137"/>
        <source>&amp;JSON (all data)</source>
        <translation>&amp;JSON (toutes les données)</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="144"/>
        <source>Time&amp;lineJS file</source>
        <translation>Fichier Time&amp;lineJS</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="172"/>
        <source>&amp;Keep GPS and camera data in images</source>
        <translation>&amp;Garder les données GPS et d’appareil des images</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="179"/>
        <source>Add the &amp;full text of linked pages to the briefing</source>
        <translation>Ajouter le texte &amp;intégral des pages liées à la note d’information</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="182"/>
        <source>An appendix of the PDF with the readable copy of each linked page in the story; the public recap shows a page&apos;s text only where its card asks for it</source>
        <translation>Une annexe du PDF avec la copie lisible de chaque page liée du récit ; le récapitulatif public ne montre le texte d’une page que si sa carte le demande</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="198"/>
        <source>Untick a page to leave its text out of the briefing&apos;s appendix</source>
        <translation>Décochez une page pour laisser son texte hors de l’annexe de la note d’information</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="201"/>
        <source>Linked pages whose full text goes in the briefing</source>
        <translation>Pages liées dont le texte intégral figure dans la note d’information</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="214"/>
        <source>Export progress</source>
        <translation>Progression de l’export</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="233"/>
        <source>Open the &amp;recap in the browser</source>
        <translation>Ouvrir le &amp;récapitulatif dans le navigateur</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="240"/>
        <source>Open the P&amp;DF</source>
        <translation>Ouvrir le P&amp;DF</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="258"/>
        <source>E&amp;xport</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="268"/>
        <source>Ca&amp;ncel</source>
        <translation>A&amp;nnuler</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="275"/>
        <source>Cl&amp;ose</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="298"/>
        <source>Preview of the PDF&apos;s first page</source>
        <translation>Aperçu de la première page du PDF</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="151"/>
        <source>HTML as a fragment for a website (&amp;scoped styles)</source>
        <translation>HTML comme fragment pour un &amp;site web (styles limités à lui)</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="158"/>
        <source>&amp;Web archive (WACZ) of the public story</source>
        <translation>&amp;Archive web (WACZ) du récit public</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="165"/>
        <source>&amp;Bundle for a colleague (everything, not for publication)</source>
        <translation>Pa&amp;quet pour un collègue (tout, pas pour publication)</translation>
    </message>
</context>
<context>
    <name>ImportChoices</name>
    <message>
        <location filename="../../src/storyweaver/gui/import_choices.py" line="33"/>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/import_choices.py" line="32"/>
        <source>Everything StoryWeaver reads (%1)</source>
        <translation>Tout ce que StoryWeaver sait lire (%1)</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/import_choices.py" line="26"/>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/import_choices.py" line="42"/>
        <source>Import a folder</source>
        <translation>Importer un dossier</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/import_choices.py" line="37"/>
        <source>Import files</source>
        <translation>Importer des fichiers</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/import_choices.py" line="27"/>
        <source>Posts as CSV</source>
        <translation>Publications en CSV</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/import_choices.py" line="28"/>
        <source>Posts as JSON lines (twarc) and Storify exports</source>
        <translation>Publications en lignes JSON (twarc) et exports Storify</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/import_choices.py" line="29"/>
        <source>Saved web pages</source>
        <translation>Pages web enregistrées</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/import_choices.py" line="25"/>
        <source>X archives</source>
        <translation>Archives X</translation>
    </message>
</context>
<context>
    <name>InsertBetween</name>
    <message>
        <location filename="../../src/storyweaver/gui/insert_between.py" line="51"/>
        <source>Add a section here</source>
        <translation>Ajouter une section ici</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/insert_between.py" line="50"/>
        <source>Add a text here</source>
        <translation>Ajouter un texte ici</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/insert_between.py" line="49"/>
        <source>Add here</source>
        <translation>Ajouter ici</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/insert_between.py" line="48"/>
        <source>Add here (Insert)</source>
        <translation>Ajouter ici (Inser)</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/insert_between.py" line="52"/>
        <source>Add the library&apos;s selection here</source>
        <translation>Ajouter ici la sélection de la bibliothèque</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <location filename="../../src/storyweaver/gui/inspector.py" line="91"/>
        <source>Public (recap and briefing)</source>
        <translation>Public (partout)</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/inspector.py" line="92"/>
        <source>Briefing only</source>
        <translation>Note d’information seulement</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/inspector.py" line="93"/>
        <source>Briefing only (never in the public recap)</source>
        <translation>Note d’information seulement</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/inspector.py" line="100"/>
        <source>⚠ No alt text</source>
        <translation>⚠ Pas de texte alternatif</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/inspector.py" line="132"/>
        <source>Inspector</source>
        <translation>Inspecteur</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/inspector.py" line="149"/>
        <source>Section heading</source>
        <translation>Titre de section</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/inspector.py" line="149"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/inspector.py" line="152"/>
        <source>Post</source>
        <translation>Publication</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/inspector.py" line="152"/>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/inspector.py" line="152"/>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/inspector.py" line="153"/>
        <source>Video</source>
        <translation>Vidéo</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/inspector.py" line="153"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/inspector.py" line="160"/>
        <location filename="../../ui/inspector.ui" line="35"/>
        <source>&amp;Caption</source>
        <translation>&amp;Légende</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/inspector.py" line="160"/>
        <source>&amp;Text</source>
        <translation>&amp;Texte</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/inspector.py" line="97"/>
        <source>⚠ No alt text: describe the image for people who cannot see it.</source>
        <translation>⚠ Pas de texte alternatif : décrivez l’image pour les personnes qui ne la voient pas.</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/inspector.py" line="90"/>
        <source>Public</source>
        <translation>Public</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/inspector.py" line="169"/>
        <source>Describe the image for people who cannot see it</source>
        <translation>Décrivez l’image pour qui ne la voit pas</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/inspector.py" line="170"/>
        <source>(no image)</source>
        <translation>(pas d’image)</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/inspector.py" line="194"/>
        <source>(before the first section)</source>
        <translation>(avant la première section)</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/inspector.py" line="199"/>
        <source>(untitled section)</source>
        <translation>(section sans titre)</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/inspector.py" line="208"/>
        <source>(not in the story)</source>
        <translation>(pas dans le récit)</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/inspector.py" line="219"/>
        <location filename="../../src/storyweaver/gui/inspector.py" line="223"/>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/inspector.py" line="229"/>
        <source>Captured {when} · length in words: {count}</source>
        <translation>Capturée le {when} · longueur en mots : {count}</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/inspector.py" line="230"/>
        <source>None (no main text was found in the page)</source>
        <translation>Aucune (aucun texte principal n’a été trouvé dans la page)</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/inspector.py" line="230"/>
        <source>None (not kept with this capture)</source>
        <translation>Aucune (pas conservée avec cette capture)</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/inspector.py" line="260"/>
        <source>No readable copy: no main text was found in this page.</source>
        <translation>Pas de copie lisible : aucun texte principal n’a été trouvé dans cette page.</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.ui" line="16"/>
        <source>Select a card in the story or the library to see its details here.</source>
        <translation>Sélectionnez une carte dans le récit ou la bibliothèque pour voir ses détails ici.</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.ui" line="45"/>
        <source>Caption</source>
        <translation>Légende</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.ui" line="61"/>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.ui" line="71"/>
        <source>Private note</source>
        <translation>Note privée</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.ui" line="87"/>
        <source>&amp;Alt text</source>
        <translation>Texte &amp;alternatif</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.ui" line="97"/>
        <source>Alternative text of the image</source>
        <translation>Texte alternatif de l’image</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.ui" line="124"/>
        <source>S&amp;ection</source>
        <translation>S&amp;ection</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.ui" line="134"/>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.ui" line="141"/>
        <source>&amp;Tags</source>
        <translation>&amp;Étiquettes</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.ui" line="151"/>
        <source>Tags, separated by commas</source>
        <translation>Étiquettes, séparées par des virgules</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.ui" line="154"/>
        <source>comma, separated</source>
        <translation>séparées, par des virgules</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.ui" line="161"/>
        <source>&amp;Visibility</source>
        <translation>&amp;Visibilité</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.ui" line="171"/>
        <source>Visibility</source>
        <translation>Visibilité</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.ui" line="178"/>
        <source>Audience</source>
        <translation>Public visé</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.ui" line="188"/>
        <source>Who the post&apos;s author wrote it for, as its network recorded it. A direct message or a followers-only post stays out of the public recap until you choose Public.</source>
        <translation>Pour qui l’auteur a écrit la publication, tel que son réseau l’a enregistré. Un message direct ou une publication réservée aux abonnés reste hors du récapitulatif public tant que vous ne choisissez pas «&#xa0;Public&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.ui" line="211"/>
        <source>&amp;Redact in the public recap</source>
        <translation>&amp;Anonymiser en public</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.ui" line="214"/>
        <source>Hide the author and blur the images in the public HTML recap</source>
        <translation>Masquer l’auteur et flouter les images dans le récapitulatif HTML public</translation>
    </message>
    <message>
        <source>Private post</source>
        <translation type="vanished">Publication privée</translation>
    </message>
    <message>
        <source>&amp;Publish in the public recap</source>
        <translation type="vanished">&amp;Publier dans le récapitulatif public</translation>
    </message>
    <message>
        <source>&amp;Publish this private post in the public recap</source>
        <translation type="vanished">&amp;Publier cette publication privée dans le récapitulatif public</translation>
    </message>
    <message>
        <source>It was a direct message or a followers-only post: its author wrote it for a few people. Publish it only with their consent.</source>
        <translation type="vanished">C’était un message direct ou une publication réservée aux abonnés : son auteur l’a écrite pour quelques personnes. Ne la publiez qu’avec leur accord.</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.ui" line="224"/>
        <source>Provenance</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.ui" line="230"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.ui" line="237"/>
        <source>Original address</source>
        <translation>Adresse d’origine</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.ui" line="250"/>
        <source>Captured</source>
        <translation>Capturé</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.ui" line="257"/>
        <source>When it was captured</source>
        <translation>Quand il a été capturé</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.ui" line="267"/>
        <source>How</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.ui" line="274"/>
        <source>How it was captured</source>
        <translation>Comment il a été capturé</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.ui" line="284"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.ui" line="291"/>
        <source>SHA-256 of the captured original</source>
        <translation>SHA-256 de l’original capturé</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.ui" line="304"/>
        <source>Readable copy</source>
        <translation>Copie lisible</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.ui" line="321"/>
        <source>&amp;Open original in the browser</source>
        <translation>&amp;Ouvrir l’original</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.ui" line="324"/>
        <source>Open the original address in the web browser</source>
        <translation>Ouvrir l’adresse d’origine dans le navigateur web</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.ui" line="334"/>
        <source>Reader</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.ui" line="346"/>
        <source>Readable copy of the page</source>
        <translation>Copie lisible de la page</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.ui" line="359"/>
        <source>&amp;Publish this full text in the public recap</source>
        <translation>&amp;Publier ce texte intégral dans le récapitulatif public</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.ui" line="362"/>
        <source>The page&apos;s text belongs to its authors: publish it only where you may. Never for a redacted item.</source>
        <translation>Le texte de la page appartient à ses auteurs : ne le publiez que si vous en avez le droit. Jamais pour un élément anonymisé.</translation>
    </message>
</context>
<context>
    <name>JobRow</name>
    <message>
        <location filename="../../src/storyweaver/gui/progress_panel.py" line="55"/>
        <source>%1 finished; to note: %2</source>
        <translation>%1 : terminé ; à noter : %2</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/progress_panel.py" line="56"/>
        <source>%1 did not finish: %2</source>
        <translation>Terminé avec des erreurs — %1 : %2</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/progress_panel.py" line="56"/>
        <source>%1 failed: %2</source>
        <translation>Échec — %1 : %2</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/progress_panel.py" line="59"/>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/progress_panel.py" line="60"/>
        <source>Dismiss the failure of %1</source>
        <translation>Fermer l’échec de %1</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/progress_panel.py" line="62"/>
        <source>Progress of %1</source>
        <translation>Progression de %1</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/progress_panel.py" line="63"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/progress_panel.py" line="64"/>
        <source>Cancel %1</source>
        <translation>Annuler %1</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/progress_panel.py" line="63"/>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
</context>
<context>
    <name>JobsDock</name>
    <message>
        <location filename="../../src/storyweaver/gui/jobs_dock.py" line="44"/>
        <source>Work in progress</source>
        <translation>Travaux en cours</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/jobs_dock.py" line="48"/>
        <location filename="../../src/storyweaver/gui/jobs_dock.py" line="49"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>LeaveGuard</name>
    <message numerus="yes">
        <location filename="../../src/storyweaver/gui/leave_guard.py" line="27"/>
        <source>%n job(s) still running. Quit and stop them?</source>
        <translation>
            <numerusform>%n tâche encore en cours. Quitter et l’arrêter ?</numerusform>
            <numerusform>%n tâches encore en cours. Quitter et les arrêter ?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/storyweaver/gui/leave_guard.py" line="29"/>
        <source>%n job(s) still running. Open another project and stop them?</source>
        <translation>
            <numerusform>%n tâche encore en cours. Ouvrir un autre projet et l’arrêter ?</numerusform>
            <numerusform>%n tâches encore en cours. Ouvrir un autre projet et les arrêter ?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/storyweaver/gui/leave_guard.py" line="30"/>
        <source>%n job(s) still running. Close the project and stop them?</source>
        <translation>
            <numerusform>%n tâche encore en cours. Fermer le projet et l’arrêter ?</numerusform>
            <numerusform>%n tâches encore en cours. Fermer le projet et les arrêter ?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/leave_guard.py" line="36"/>
        <source>Work in progress</source>
        <translation>Travaux en cours</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/leave_guard.py" line="38"/>
        <source>Stop the work</source>
        <translation>Arrêter les travaux</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/leave_guard.py" line="39"/>
        <source>Keep working</source>
        <translation>Continuer</translation>
    </message>
</context>
<context>
    <name>LibraryDelegate</name>
    <message>
        <location filename="../../src/storyweaver/gui/library_delegate.py" line="21"/>
        <source>Post</source>
        <translation>Publication</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/library_delegate.py" line="21"/>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/library_delegate.py" line="22"/>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/library_delegate.py" line="22"/>
        <source>Video</source>
        <translation>Vidéo</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/library_delegate.py" line="23"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <location filename="../../src/storyweaver/gui/library_model.py" line="103"/>
        <source>⚠ An image without alt text: describe it in the inspector</source>
        <translation>⚠ Une image sans texte alternatif : décrivez-la dans l’inspecteur</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/library_model.py" line="101"/>
        <source>✓ In the story</source>
        <translation>✓ Dans le récit</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <location filename="../../src/storyweaver/gui/library_panel.py" line="152"/>
        <source>All kinds</source>
        <translation>Tous types</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/library_panel.py" line="152"/>
        <source>Posts</source>
        <translation>Publications</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/library_panel.py" line="152"/>
        <source>Links</source>
        <translation>Liens</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/library_panel.py" line="153"/>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/library_panel.py" line="153"/>
        <source>Videos</source>
        <translation>Vidéos</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/library_panel.py" line="153"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/library_panel.py" line="154"/>
        <source>All platforms</source>
        <translation>Toutes plateformes</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/library_panel.py" line="156"/>
        <source>Newest first</source>
        <translation>Récents d’abord</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/library_panel.py" line="156"/>
        <source>Oldest first</source>
        <translation>Anciens d’abord</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/library_panel.py" line="157"/>
        <source>By author</source>
        <translation>Par auteur</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/library_panel.py" line="157"/>
        <source>As added</source>
        <translation>Dans l’ordre d’ajout</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/library_panel.py" line="158"/>
        <source>In the story or not</source>
        <translation>Récit : tous</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/library_panel.py" line="158"/>
        <source>Not in the story</source>
        <translation>Hors du récit</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/library_panel.py" line="159"/>
        <source>In the story</source>
        <translation>Dans le récit</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/library_panel.py" line="176"/>
        <source>Reading the library… the newest items first</source>
        <translation>Lecture de la bibliothèque… les éléments récents d’abord</translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation type="vanished">%1 éléments</translation>
    </message>
    <message>
        <source>%1 of %2 items</source>
        <translation type="vanished">%1 sur %2 éléments</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/storyweaver/gui/library_panel.py" line="181"/>
        <source>%1 of %Ln item(s)</source>
        <translation>
            <numerusform>%1 sur %Ln élément</numerusform>
            <numerusform>%1 sur %Ln éléments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/storyweaver/gui/library_panel.py" line="180"/>
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln élément</numerusform>
            <numerusform>%Ln éléments</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/library_panel.py" line="183"/>
        <source>✓ in the story · ⚠ no alt text</source>
        <translation>✓ dans le récit · ⚠ sans texte alternatif</translation>
    </message>
</context>
<context>
    <name>LibraryRefresh</name>
    <message>
        <location filename="../../src/storyweaver/gui/library_refresh.py" line="99"/>
        <location filename="../../src/storyweaver/gui/library_refresh.py" line="145"/>
        <location filename="../../src/storyweaver/gui/library_refresh.py" line="205"/>
        <source>Reading the library</source>
        <translation>Lecture de la bibliothèque</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="vanished">&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="vanished">&amp;Rétablir</translation>
    </message>
    <message>
        <source>Got it</source>
        <translation type="vanished">Compris</translation>
    </message>
    <message>
        <source>Dismiss the hint</source>
        <translation type="vanished">Fermer le conseil</translation>
    </message>
    <message>
        <source>Reading the library</source>
        <translation type="vanished">Lecture de la bibliothèque</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="vanished">Enregistrement…</translation>
    </message>
    <message>
        <source>Not saved: see the message above</source>
        <translation type="vanished">Non enregistré : voir le message ci-dessus</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation type="vanished">Toutes les modifications sont enregistrées</translation>
    </message>
    <message>
        <source>Library: %1 items · Story: %2 blocks, %3 items</source>
        <translation type="vanished">Bibliothèque : %1 éléments · Récit : %2 blocs, %3 éléments</translation>
    </message>
    <message>
        <source>%1 selected</source>
        <translation type="vanished">%1 sélectionnés</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="6"/>
        <source>StoryWeaver</source>
        <translation>StoryWeaver</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="43"/>
        <source>Library and search</source>
        <translation>Bibliothèque et recherche</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="47"/>
        <source>&amp;Library</source>
        <translation>&amp;Bibliothèque</translation>
    </message>
    <message>
        <source>Paste an address or embed code…</source>
        <translation type="vanished">Collez une adresse ou un code d’intégration…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="61"/>
        <source>Address or embed code…</source>
        <translation>Adresse ou code d’intégration…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="64"/>
        <source>Address or embed code to add</source>
        <translation>Adresse ou code d’intégration à ajouter</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="71"/>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="74"/>
        <source>Add to the library</source>
        <translation>Ajouter à la bibliothèque</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="83"/>
        <source>Search text, @author, #hashtag</source>
        <translation>Texte, @auteur, #mot-dièse</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="86"/>
        <source>Search the library</source>
        <translation>Chercher dans la bibliothèque</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="98"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="105"/>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="112"/>
        <source>Sort order</source>
        <translation>Ordre de tri</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="123"/>
        <source>In the story or not</source>
        <translation>Récit : tous</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="130"/>
        <source>With &amp;media</source>
        <translation>Avec &amp;médias</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="137"/>
        <source>Missing a&amp;lt text</source>
        <translation>Sans texte a&amp;lternatif</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="148"/>
        <source>&amp;From</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="158"/>
        <source>From date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="165"/>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="175"/>
        <source>To date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="184"/>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="199"/>
        <source>&amp;Search</source>
        <translation>&amp;Recherche</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="215"/>
        <source>Timeline of the campaign</source>
        <translation>Chronologie de la campagne</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="238"/>
        <source>Add a section</source>
        <translation>Ajouter une section</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="245"/>
        <source>Add a text</source>
        <translation>Ajouter un texte</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="252"/>
        <source>Sort this section by time</source>
        <translation>Trier cette section par heure</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="259"/>
        <source>Group by day</source>
        <translation>Grouper par jour</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="268"/>
        <source>Story</source>
        <translation>Récit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="279"/>
        <source>Inspector</source>
        <translation>Inspecteur</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="290"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="296"/>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un projet &amp;récent</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="312"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="320"/>
        <source>&amp;Story</source>
        <translation>&amp;Récit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="334"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="345"/>
        <source>Main toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="368"/>
        <source>&amp;New Project…</source>
        <translation>&amp;Nouveau projet…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="371"/>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="376"/>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="379"/>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="384"/>
        <source>Save a &amp;Copy…</source>
        <translation>Enregistrer une &amp;copie…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="387"/>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="392"/>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="395"/>
        <source>Ctrl+W</source>
        <translation>Ctrl+W</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="400"/>
        <source>&amp;Import Files…</source>
        <translation>&amp;Importer des fichiers…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="403"/>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="408"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="411"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="416"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="419"/>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="424"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="427"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="432"/>
        <source>&amp;Remove from Story</source>
        <translation>&amp;Retirer du récit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="435"/>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="440"/>
        <source>Move &amp;Up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="443"/>
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="448"/>
        <source>Move &amp;Down</source>
        <translation>Descen&amp;dre</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="451"/>
        <source>Alt+Down</source>
        <translation>Alt+Down</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="456"/>
        <source>Add to &amp;Story</source>
        <translation>Ajouter au &amp;récit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="459"/>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="464"/>
        <source>Add &amp;Section</source>
        <translation>Ajouter une &amp;section</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="467"/>
        <source>Ctrl+Shift+H</source>
        <translation>Ctrl+Shift+H</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="472"/>
        <source>Add &amp;Text</source>
        <translation>Ajouter un &amp;texte</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="475"/>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="480"/>
        <source>Sort Section by &amp;Time</source>
        <translation>Trier la section par &amp;heure</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="485"/>
        <source>&amp;Group by Day</source>
        <translation>&amp;Grouper par jour</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="490"/>
        <source>&amp;Find in Library</source>
        <translation>&amp;Chercher dans la bibliothèque</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="493"/>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="498"/>
        <source>&amp;About StoryWeaver</source>
        <translation>À &amp;propos de StoryWeaver</translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation type="vanished">
            <numerusform>%Ln élément</numerusform>
            <numerusform>%Ln éléments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected</source>
        <translation type="vanished">
            <numerusform>%Ln sélectionné</numerusform>
            <numerusform>%Ln sélectionnés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Library: %Ln item(s)</source>
        <translation type="vanished">
            <numerusform>Bibliothèque : %Ln élément</numerusform>
            <numerusform>Bibliothèque : %Ln éléments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Story: %Ln block(s)</source>
        <translation type="vanished">
            <numerusform>Récit : %Ln bloc</numerusform>
            <numerusform>Récit : %Ln blocs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln section(s) created</source>
        <translation type="vanished">
            <numerusform>%Ln section créée</numerusform>
            <numerusform>%Ln sections créées</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Inspector</source>
        <translation type="vanished">&amp;Inspecteur</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="vanished">&amp;Affichage</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="vanished">Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="vanished">Rétablir</translation>
    </message>
    <message numerus="yes">
        <source>Items put in date order within your %Ln section(s)</source>
        <translation type="vanished">
            <numerusform>Éléments mis dans l’ordre des dates dans votre section</numerusform>
            <numerusform>Éléments mis dans l’ordre des dates dans vos %Ln sections</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeProjectAction</name>
    <message>
        <location filename="../../src/storyweaver/gui/merge_project.py" line="120"/>
        <location filename="../../src/storyweaver/gui/merge_project.py" line="135"/>
        <source>&amp;Merge a project...</source>
        <translation>&amp;Fusionner un projet...</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/merge_project.py" line="154"/>
        <location filename="../../src/storyweaver/gui/merge_project.py" line="159"/>
        <source>Merge a project</source>
        <translation>Fusionner un projet</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/merge_project.py" line="155"/>
        <source>StoryWeaver projects (*.storyweaver)</source>
        <translation>Projets StoryWeaver (*.storyweaver)</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/merge_project.py" line="160"/>
        <source>Also add its story as a new section at the end of this story?</source>
        <translation>Ajouter aussi son récit comme nouvelle section à la fin de ce récit ?</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/merge_project.py" line="173"/>
        <source>Merging %1</source>
        <translation>Fusion de %1</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/merge_project.py" line="188"/>
        <source>%1 added, %2 already in the library</source>
        <translation>%1 ajoutés, %2 déjà dans la bibliothèque</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/storyweaver/gui/merge_project.py" line="183"/>
        <source>Merge a project (%n item(s) added)</source>
        <translation>
            <numerusform>Fusionner un projet (%n élément ajouté)</numerusform>
            <numerusform>Fusionner un projet (%n éléments ajoutés)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/merge_project.py" line="124"/>
        <location filename="../../src/storyweaver/gui/merge_project.py" line="136"/>
        <source>C&amp;urator of this project...</source>
        <translation>Organisat&amp;eur de ce projet...</translation>
    </message>
</context>
<context>
    <name>OneSelection</name>
    <message numerus="yes">
        <location filename="../../src/storyweaver/gui/one_selection.py" line="42"/>
        <source>%Ln selected</source>
        <translation>
            <numerusform>%Ln sélectionné</numerusform>
            <numerusform>%Ln sélectionnés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../src/storyweaver/gui/preferences.py" line="14"/>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/preferences.py" line="26"/>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/preferences.py" line="26"/>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/preferences.py" line="27"/>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/preferences.py" line="38"/>
        <source>(kept; type a new one to replace it)</source>
        <translation>(conservé ; tapez-en un nouveau pour le remplacer)</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/preferences.py" line="63"/>
        <source>Bluesky app password</source>
        <translation>Mot de passe d’application Bluesky</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/preferences.py" line="64"/>
        <source>This system has no keyring to keep the app password in: it is kept until you quit StoryWeaver, and you will be asked for it again next time.</source>
        <translation>Ce système n’a pas de trousseau où garder le mot de passe d’application : il est conservé jusqu’à ce que vous quittiez StoryWeaver, et il vous sera redemandé la prochaine fois.</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.ui" line="6"/>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.ui" line="14"/>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.ui" line="24"/>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.ui" line="31"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.ui" line="41"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.ui" line="48"/>
        <source>&amp;Mastodon server</source>
        <translation>Serveur &amp;Mastodon</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.ui" line="58"/>
        <source>https://mastodon.social</source>
        <translation>https://mastodon.social</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.ui" line="65"/>
        <source>&amp;Bluesky API</source>
        <translation>API &amp;Bluesky</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.ui" line="75"/>
        <source>https://public.api.bsky.app</source>
        <translation>https://public.api.bsky.app</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.ui" line="82"/>
        <source>Bluesky &amp;PDS</source>
        <translation>&amp;PDS Bluesky</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.ui" line="92"/>
        <source>https://bsky.social</source>
        <translation>https://bsky.social</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.ui" line="99"/>
        <source>Bluesky &amp;handle</source>
        <translation>&amp;Identifiant Bluesky</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.ui" line="109"/>
        <source>name.bsky.social</source>
        <translation>nom.bsky.social</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.ui" line="116"/>
        <source>Bluesky app pass&amp;word</source>
        <translation>Mot de passe d’&amp;application Bluesky</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.ui" line="129"/>
        <source>An app password made in Bluesky&apos;s settings, not your account password. Kept in the system keyring.</source>
        <translation>Un mot de passe d’application créé dans les réglages de Bluesky, pas celui de votre compte. Conservé dans le trousseau du système.</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.ui" line="136"/>
        <source>&amp;X oEmbed</source>
        <translation>&amp;oEmbed X</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.ui" line="146"/>
        <source>https://publish.twitter.com/oembed</source>
        <translation>https://publish.twitter.com/oembed</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.ui" line="153"/>
        <source>Pro&amp;xy</source>
        <translation>Pro&amp;xy</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.ui" line="163"/>
        <source>http://proxy.example:8080</source>
        <translation>http://proxy.example:8080</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.ui" line="180"/>
        <source>Parallel &amp;downloads</source>
        <translation>Téléchargements en pa&amp;rallèle</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.ui" line="170"/>
        <source>Allow &amp;local and private network addresses</source>
        <translation>Autoriser les adresses &amp;locales et des réseaux privés</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.ui" line="173"/>
        <source>Off by default: a public page cannot make StoryWeaver fetch from your own computer or network.</source>
        <translation>Désactivé par défaut : une page publique ne peut pas faire récupérer par StoryWeaver des données de votre ordinateur ou de votre réseau.</translation>
    </message>
    <message>
        <source>Kept pages deleted</source>
        <translation>Pages conservées supprimées</translation>
    </message>
</context>
<context>
    <name>PreferencesLayout</name>
    <message>
        <location filename="../../src/storyweaver/gui/preferences_layout.py" line="53"/>
        <source>Only for a mirror or a test server on your own computer or network. Off, a public page cannot make StoryWeaver fetch from your computer or network.</source>
        <translation>Seulement pour un miroir ou un serveur de test sur votre ordinateur ou votre réseau. Décoché, une page publique ne peut pas faire lire à StoryWeaver votre ordinateur ou votre réseau.</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/preferences_layout.py" line="97"/>
        <source>&amp;Downloads at once, per import</source>
        <translation>&amp;Téléchargements simultanés, par import</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/preferences_layout.py" line="66"/>
        <source>An app password made in Bluesky&apos;s settings, not your account password; kept in the system keyring.</source>
        <translation>Un mot de passe d’application créé dans les réglages de Bluesky, pas celui de votre compte ; gardé dans le trousseau du système.</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/preferences_layout.py" line="42"/>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/preferences_layout.py" line="63"/>
        <source>Bluesky search</source>
        <translation>Recherche Bluesky</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/preferences_layout.py" line="48"/>
        <source>How many pages, posts or pictures one import fetches at the same time. Imports themselves run %1 at a time; the others wait their turn.</source>
        <translation>Combien de pages, publications ou images un import récupère en même temps. Les imports eux-mêmes tournent %1 à la fois ; les autres attendent leur tour.</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/preferences_layout.py" line="46"/>
        <source>Importing</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/preferences_layout.py" line="51"/>
        <source>Leave empty to connect directly.</source>
        <translation>Laissez vide pour vous connecter directement.</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/preferences_layout.py" line="43"/>
        <source>Light, dark, or as your desktop is set. Applied at once.</source>
        <translation>Clair, sombre, ou comme votre bureau. Appliqué aussitôt.</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/preferences_layout.py" line="61"/>
        <source>Reads X posts pasted as addresses.</source>
        <translation>Lit les publications X collées comme adresses.</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/preferences_layout.py" line="56"/>
        <source>Services used to read addresses</source>
        <translation>Services utilisés pour lire les adresses</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/preferences_layout.py" line="44"/>
        <source>The editor&apos;s language. Applied at once.</source>
        <translation>La langue de l’éditeur. Appliquée aussitôt.</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/preferences_layout.py" line="57"/>
        <source>Used to search Mastodon and read posts of servers that need one.</source>
        <translation>Sert à chercher sur Mastodon et à lire les publications des serveurs qui en demandent un.</translation>
    </message>
    <message>
        <source>Delete kept briefing pages</source>
        <translation>Supprimer les pages de notes d’information conservées</translation>
    </message>
    <message>
        <source>Briefings</source>
        <translation>Notes d’information</translation>
    </message>
    <message>
        <source>A long briefing keeps its laid-out pages in your own cache folder, so that exporting it again after an edit is faster. They hold the briefing&apos;s private material: delete them when you no longer need them.</source>
        <translation>Une longue note d’information conserve ses pages mises en page dans votre propre dossier de cache, pour la réexporter plus vite après une modification. Elles contiennent les éléments privés de la note : supprimez-les quand vous n’en avez plus besoin.</translation>
    </message>
</context>
<context>
    <name>PrivatePosts</name>
    <message>
        <location filename="../../src/storyweaver/gui/private_posts.py" line="23"/>
        <source>Public</source>
        <translation>Public</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/private_posts.py" line="24"/>
        <source>Unlisted (public, kept out of timelines)</source>
        <translation>Non listé (public, hors des fils publics)</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/private_posts.py" line="25"/>
        <source>Followers only</source>
        <translation>Abonnés seulement</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/private_posts.py" line="26"/>
        <source>Direct message</source>
        <translation>Message direct</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/private_posts.py" line="28"/>
        <source>Not stated by the source</source>
        <translation>Non indiqué par la source</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/private_posts.py" line="34"/>
        <source>You chose to publish it in the public recap.</source>
        <translation>Vous avez choisi de la publier dans le récapitulatif public.</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/private_posts.py" line="35"/>
        <source>Stays in the briefing until you choose Public.</source>
        <translation>Reste dans la note d’information tant que vous ne choisissez pas «&#xa0;Public&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/private_posts.py" line="57"/>
        <source>This is a direct message: its author wrote it only for the people it mentions. Publishing it shows it to everyone who reads the public recap.

Publish it only with its author&apos;s consent. Publish it?</source>
        <translation>C’est un message direct : son auteur l’a écrit pour les seules personnes qu’il mentionne. Le publier le montre à toute personne qui lit le récapitulatif public.

Ne le publiez qu’avec le consentement de son auteur. Le publier ?</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/private_posts.py" line="62"/>
        <source>This post was written for its author&apos;s followers only. Publishing it shows it to everyone who reads the public recap.

Publish it only with its author&apos;s consent. Publish it?</source>
        <translation>Cette publication a été écrite pour les seuls abonnés de son auteur. La publier la montre à toute personne qui lit le récapitulatif public.

Ne la publiez qu’avec le consentement de son auteur. La publier ?</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/private_posts.py" line="66"/>
        <source>Publish a private post?</source>
        <translation>Publier une publication privée ?</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/private_posts.py" line="69"/>
        <source>Publish in the recap</source>
        <translation>Publier dans le récapitulatif</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/private_posts.py" line="71"/>
        <source>Keep in the briefing</source>
        <translation>Garder dans la note d’information</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <location filename="../../src/storyweaver/gui/progress_panel.py" line="159"/>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/progress_panel.py" line="160"/>
        <source>Dismiss the messages</source>
        <translation>Fermer les messages</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/progress_panel.py" line="161"/>
        <source>Cancel all</source>
        <translation>Tout annuler</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/progress_panel.py" line="162"/>
        <source>Cancel all the work in progress</source>
        <translation>Annuler tout le travail en cours</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/progress_panel.py" line="163"/>
        <source>Work in progress</source>
        <translation>Travail en cours</translation>
    </message>
    <message>
        <source>And %1 more</source>
        <translation type="vanished">Et %1 de plus</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/storyweaver/gui/progress_panel.py" line="230"/>
        <source>And %Ln more</source>
        <translation>
            <numerusform>Et %Ln autre</numerusform>
            <numerusform>Et %Ln autres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProjectActions</name>
    <message>
        <location filename="../../src/storyweaver/gui/project_actions.py" line="88"/>
        <source>%1 cannot be written: it is open read-only, and changes cannot be saved.</source>
        <translation>%1 ne peut pas être modifié : il est ouvert en lecture seule, et les modifications ne peuvent pas être enregistrées.</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/project_actions.py" line="29"/>
        <source>StoryWeaver projects (*.storyweaver)</source>
        <translation>Projets StoryWeaver (*.storyweaver)</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/project_actions.py" line="91"/>
        <source>Cannot open the project</source>
        <translation>Impossible d’ouvrir le projet</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/project_actions.py" line="101"/>
        <source>Open a project</source>
        <translation>Ouvrir un projet</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/project_actions.py" line="106"/>
        <location filename="../../src/storyweaver/gui/project_actions.py" line="110"/>
        <source>New project</source>
        <translation>Nouveau projet</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/project_actions.py" line="110"/>
        <source>Title of the story:</source>
        <translation>Titre du récit :</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/project_actions.py" line="117"/>
        <source>Cannot create the project</source>
        <translation>Impossible de créer le projet</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/project_actions.py" line="127"/>
        <source>Save a copy</source>
        <translation>Enregistrer une copie</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/project_actions.py" line="134"/>
        <source>Cannot save the copy</source>
        <translation>Impossible d’enregistrer la copie</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/project_actions.py" line="136"/>
        <source>Copy saved to %1</source>
        <translation>Copie enregistrée dans %1</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/project_actions.py" line="145"/>
        <source>(no recent projects)</source>
        <translation>(aucun projet récent)</translation>
    </message>
    <message>
        <source>Import files</source>
        <translation type="vanished">Importer des fichiers</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/project_actions.py" line="169"/>
        <source>Importing %1</source>
        <translation>Import de %1</translation>
    </message>
    <message>
        <source>Importing %1 sources</source>
        <translation type="vanished">Import de %1 sources</translation>
    </message>
    <message>
        <source>Import %1 items</source>
        <translation type="vanished">Importer %1 éléments</translation>
    </message>
    <message>
        <source>%1 added, %2 already in the library</source>
        <translation type="vanished">%1 ajoutés, %2 déjà dans la bibliothèque</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/project_actions.py" line="202"/>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/storyweaver/gui/project_actions.py" line="199"/>
        <source>%Ln added</source>
        <translation>
            <numerusform>%Ln ajouté</numerusform>
            <numerusform>%Ln ajoutés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/storyweaver/gui/project_actions.py" line="200"/>
        <source>%Ln already in the library</source>
        <translation>
            <numerusform>%Ln déjà dans la bibliothèque</numerusform>
            <numerusform>%Ln déjà dans la bibliothèque</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/storyweaver/gui/project_actions.py" line="196"/>
        <source>Import %Ln item(s)</source>
        <translation>
            <numerusform>Importer %Ln élément</numerusform>
            <numerusform>Importer %Ln éléments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/storyweaver/gui/project_actions.py" line="170"/>
        <source>Importing %Ln source(s)</source>
        <translation>
            <numerusform>Import de %Ln source</numerusform>
            <numerusform>Import de %Ln sources</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/project_actions.py" line="66"/>
        <source>Import &amp;Folder…</source>
        <translation>Importer un &amp;dossier…</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../../src/storyweaver/gui/translations.py" line="33"/>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/translations.py" line="34"/>
        <source>Drive</source>
        <translation>Lecteur</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../src/storyweaver/gui/translations.py" line="29"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Voir dans :</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/translations.py" line="30"/>
        <source>Files of &amp;type:</source>
        <translation>Fichiers de &amp;type :</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../src/storyweaver/gui/search_panel.py" line="39"/>
        <source>Mastodon (hashtag)</source>
        <translation>Mastodon (mot-dièse)</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/search_panel.py" line="40"/>
        <source>Bluesky</source>
        <translation>Bluesky</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/search_panel.py" line="41"/>
        <source>RSS / Atom feed</source>
        <translation>Flux RSS / Atom</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/search_panel.py" line="132"/>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/search_panel.py" line="135"/>
        <source>Most results</source>
        <translation>Nombre maximal de résultats</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/search_panel.py" line="136"/>
        <source>#EndImpunity, words or a feed address</source>
        <translation>#EndImpunity, des mots ou l’adresse d’un flux</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/search_panel.py" line="137"/>
        <source>Search query</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/search_panel.py" line="138"/>
        <source>Searc&amp;h</source>
        <translation>C&amp;hercher</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/search_panel.py" line="139"/>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/search_panel.py" line="140"/>
        <source>&amp;Keep selected in the library</source>
        <translation>&amp;Garder la sélection dans la bibliothèque</translation>
    </message>
    <message>
        <source>Searching the networks is not part of this installation yet.</source>
        <translation type="vanished">La recherche sur les réseaux ne fait pas encore partie de cette installation.</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/search_panel.py" line="107"/>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/search_panel.py" line="109"/>
        <source>Searching %1</source>
        <translation>Recherche de %1</translation>
    </message>
    <message>
        <source>%1 results; select the ones to keep.</source>
        <translation type="vanished">%1 résultats ; sélectionnez ceux à garder.</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/search_panel.py" line="161"/>
        <source>Keep search results</source>
        <translation>Garder des résultats de recherche</translation>
    </message>
    <message>
        <source>%1 kept, %2 already in the library</source>
        <translation type="vanished">%1 gardés, %2 déjà dans la bibliothèque</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/storyweaver/gui/search_panel.py" line="165"/>
        <source>%Ln already in the library</source>
        <translation>
            <numerusform>%Ln déjà dans la bibliothèque</numerusform>
            <numerusform>%Ln déjà dans la bibliothèque</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/storyweaver/gui/search_panel.py" line="164"/>
        <source>%Ln kept</source>
        <translation>
            <numerusform>%Ln gardé</numerusform>
            <numerusform>%Ln gardés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/storyweaver/gui/search_panel.py" line="124"/>
        <source>%Ln result(s); select the ones to keep.</source>
        <translation>
            <numerusform>%Ln résultat ; choisissez ceux à garder.</numerusform>
            <numerusform>%Ln résultats ; choisissez ceux à garder.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SelectionEditor</name>
    <message numerus="yes">
        <location filename="../../src/storyweaver/gui/selection_editor.py" line="106"/>
        <source>%Ln item(s) selected</source>
        <translation>
            <numerusform>%Ln élément sélectionné</numerusform>
            <numerusform>%Ln éléments sélectionnés</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/selection_editor.py" line="112"/>
        <source>(no tags)</source>
        <translation>(aucune étiquette)</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/selection_editor.py" line="121"/>
        <source>None of these items is in the story yet: visibility is chosen for the story&apos;s cards.</source>
        <translation>Aucun de ces éléments n’est encore dans le récit : la visibilité se choisit pour les cartes du récit.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/storyweaver/gui/selection_editor.py" line="164"/>
        <source>Untag %Ln item(s)</source>
        <translation>
            <numerusform>Retirer des étiquettes de %Ln élément</numerusform>
            <numerusform>Retirer des étiquettes de %Ln éléments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/storyweaver/gui/selection_editor.py" line="182"/>
        <source>Change who sees %Ln item(s)</source>
        <translation>
            <numerusform>Changer qui voit %Ln élément</numerusform>
            <numerusform>Changer qui voit %Ln éléments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/storyweaver/gui/selection_editor.py" line="184"/>
        <source>%n direct or followers-only post(s) stay in the briefing: publish each one from its own inspector.</source>
        <translation>
            <numerusform>%n publication directe ou réservée aux abonnés reste dans la note d’information : publiez-la depuis son propre inspecteur.</numerusform>
            <numerusform>%n publications directes ou réservées aux abonnés restent dans la note d’information : publiez chacune depuis son propre inspecteur.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/storyweaver/gui/selection_editor.py" line="192"/>
        <source>Redact %Ln author(s)</source>
        <translation>
            <numerusform>Masquer %Ln auteur</numerusform>
            <numerusform>Masquer %Ln auteurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/storyweaver/gui/selection_editor.py" line="193"/>
        <source>Show %Ln author(s) again</source>
        <translation>
            <numerusform>Montrer de nouveau %Ln auteur</numerusform>
            <numerusform>Montrer de nouveau %Ln auteurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/storyweaver/gui/selection_editor.py" line="152"/>
        <source>Tag %Ln item(s)</source>
        <translation>
            <numerusform>Étiqueter %Ln élément</numerusform>
            <numerusform>Étiqueter %Ln éléments</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/selection_editor.py" line="93"/>
        <source>(as each one is)</source>
        <translation>(comme chacun est)</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/selection_editor.py" line="86"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/selection_editor.py" line="83"/>
        <source>Add tags</source>
        <translation>Ajouter des étiquettes</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/selection_editor.py" line="87"/>
        <source>Remove tags</source>
        <translation>Retirer des étiquettes</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/selection_editor.py" line="88"/>
        <source>Tags to remove from every selected item</source>
        <translation>Étiquettes à retirer de chaque élément sélectionné</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/selection_editor.py" line="89"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/selection_editor.py" line="95"/>
        <source>Briefing only</source>
        <translation>Note d’information seulement</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/selection_editor.py" line="94"/>
        <source>Public (recap and briefing)</source>
        <translation>Public (partout)</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/selection_editor.py" line="96"/>
        <source>Redact their authors</source>
        <translation>Masquer leurs auteurs</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/selection_editor.py" line="97"/>
        <source>Show their authors</source>
        <translation>Montrer leurs auteurs</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/selection_editor.py" line="85"/>
        <source>Tags to add to every selected item</source>
        <translation>Étiquettes à ajouter à chaque élément choisi</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/selection_editor.py" line="91"/>
        <source>Visibility</source>
        <translation>Visibilité</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/selection_editor.py" line="84"/>
        <source>comma, separated</source>
        <translation>séparées, par des virgules</translation>
    </message>
</context>
<context>
    <name>StatusLabels</name>
    <message>
        <location filename="../../src/storyweaver/gui/status_labels.py" line="28"/>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/status_labels.py" line="30"/>
        <source>Not saved: see the message above</source>
        <translation>Non enregistré : voir le message ci-dessus</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/status_labels.py" line="33"/>
        <source>All changes saved</source>
        <translation>Toutes les modifications sont enregistrées</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/storyweaver/gui/status_labels.py" line="45"/>
        <source>Library: %Ln item(s)</source>
        <translation>
            <numerusform>Bibliothèque : %Ln élément</numerusform>
            <numerusform>Bibliothèque : %Ln éléments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/storyweaver/gui/status_labels.py" line="45"/>
        <source>Story: %Ln block(s)</source>
        <translation>
            <numerusform>Récit : %Ln bloc</numerusform>
            <numerusform>Récit : %Ln blocs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/storyweaver/gui/status_labels.py" line="46"/>
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln élément</numerusform>
            <numerusform>%Ln éléments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StoryCommandWords</name>
    <message>
        <location filename="../../src/storyweaver/gui/story_commands.py" line="29"/>
        <source>New section</source>
        <translation>Nouvelle section</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/storyweaver/gui/story_commands.py" line="33"/>
        <source>%Ln section(s) created</source>
        <translation>
            <numerusform>%Ln section créée</numerusform>
            <numerusform>%Ln sections créées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/storyweaver/gui/story_commands.py" line="34"/>
        <source>%Ln day heading(s) added within your sections</source>
        <translation>
            <numerusform>%Ln titre de jour ajouté dans vos sections</numerusform>
            <numerusform>%Ln titres de jour ajoutés dans vos sections</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StoryCommands</name>
    <message>
        <source>New section</source>
        <translation type="vanished">Nouvelle section</translation>
    </message>
    <message>
        <source>Write here what connects these posts.</source>
        <translation type="vanished">Écrivez ici ce qui relie ces publications.</translation>
    </message>
    <message>
        <source>%1 sections created</source>
        <translation type="vanished">%1 sections créées</translation>
    </message>
    <message>
        <source>%Ln section(s) created</source>
        <translation type="obsolete">%Ln section créée</translation>
    </message>
    <message numerus="yes">
        <source>Items put in date order within your %Ln section(s)</source>
        <translation type="vanished">
            <numerusform>Éléments mis dans l’ordre des dates dans votre section</numerusform>
            <numerusform>Éléments mis dans l’ordre des dates dans vos %Ln sections</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StoryDelegate</name>
    <message>
        <location filename="../../src/storyweaver/gui/story_delegate.py" line="158"/>
        <source>Briefing only</source>
        <translation>Note d’information seulement</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/story_delegate.py" line="160"/>
        <source>Redacted</source>
        <translation>Anonymisé</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/story_delegate.py" line="369"/>
        <source>Section heading</source>
        <translation>Titre de section</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/story_delegate.py" line="372"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/story_delegate.py" line="136"/>
        <source>Write here what connects these posts.</source>
        <translation>Écrivez ici ce qui relie ces publications.</translation>
    </message>
</context>
<context>
    <name>StoryDetails</name>
    <message>
        <location filename="../../src/storyweaver/gui/story_details.py" line="89"/>
        <source>Add a description</source>
        <translation>Ajouter une description</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/story_details.py" line="135"/>
        <source>Change the curator</source>
        <translation>Modifier l’auteur de la sélection</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/story_details.py" line="134"/>
        <source>Change the description</source>
        <translation>Modifier la description</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/story_details.py" line="135"/>
        <source>Change the organisation</source>
        <translation>Modifier l’organisation</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/story_details.py" line="91"/>
        <source>Curated by</source>
        <translation>Sélection par</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/story_details.py" line="91"/>
        <source>Curator</source>
        <translation>Auteur de la sélection</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/story_details.py" line="90"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/story_details.py" line="134"/>
        <source>Rename the story</source>
        <translation>Renommer le récit</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/story_details.py" line="89"/>
        <source>Story description</source>
        <translation>Description du récit</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/story_details.py" line="88"/>
        <source>Story title</source>
        <translation>Titre du récit</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/story_details.py" line="88"/>
        <source>Title of the story</source>
        <translation>Titre du récit</translation>
    </message>
</context>
<context>
    <name>StoryEditor</name>
    <message>
        <source>Add %n item(s) to the story</source>
        <translation type="vanished">Ajouter %n élément(s) au récit</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/story_editor.py" line="75"/>
        <source>Add a section</source>
        <translation>Ajouter une section</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/story_editor.py" line="78"/>
        <source>Add a text</source>
        <translation>Ajouter un texte</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/story_editor.py" line="84"/>
        <source>Remove from the story</source>
        <translation>Retirer du récit</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/story_editor.py" line="95"/>
        <source>Move in the story</source>
        <translation>Déplacer dans le récit</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/story_editor.py" line="102"/>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/story_editor.py" line="102"/>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/story_editor.py" line="124"/>
        <source>Sort the section by time</source>
        <translation>Trier la section par heure</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/story_editor.py" line="136"/>
        <source>Group by day</source>
        <translation>Grouper par jour</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/story_editor.py" line="141"/>
        <source>Group by day within your sections</source>
        <translation>Regrouper par jour dans vos sections</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/story_editor.py" line="211"/>
        <source>Publish the direct message</source>
        <translation>Publier le message direct</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/story_editor.py" line="212"/>
        <source>Publish the followers-only post</source>
        <translation>Publier la publication réservée aux abonnés</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/story_editor.py" line="214"/>
        <source>Keep the private post in the briefing</source>
        <translation>Garder la publication privée dans la note d’information</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/story_editor.py" line="231"/>
        <source>Edit the story</source>
        <translation>Modifier le récit</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/story_editor.py" line="248"/>
        <source>Edit the item</source>
        <translation>Modifier l’élément</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/storyweaver/gui/story_editor.py" line="70"/>
        <source>Add %Ln item(s) to the story</source>
        <translation>
            <numerusform>Ajouter %Ln élément au récit</numerusform>
            <numerusform>Ajouter %Ln éléments au récit</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/story_editor.py" line="243"/>
        <source>Change the alt text</source>
        <translation>Modifier le texte alternatif</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/story_editor.py" line="224"/>
        <source>Change the caption</source>
        <translation>Modifier la légende</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/story_editor.py" line="245"/>
        <source>Change the note</source>
        <translation>Modifier la note</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/story_editor.py" line="247"/>
        <source>Change the tags</source>
        <translation>Modifier les étiquettes</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/story_editor.py" line="226"/>
        <source>Change who sees it</source>
        <translation>Changer qui le voit</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/story_editor.py" line="230"/>
        <source>Edit the text</source>
        <translation>Modifier le texte</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/story_editor.py" line="241"/>
        <source>Redact the author</source>
        <translation>Masquer l’auteur</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/story_editor.py" line="228"/>
        <source>Rename the section</source>
        <translation>Renommer la section</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/story_editor.py" line="241"/>
        <source>Show the author again</source>
        <translation>Montrer de nouveau l’auteur</translation>
    </message>
    <message>
        <source>Order each section by date</source>
        <translation type="vanished">Ordonner chaque section par date</translation>
    </message>
</context>
<context>
    <name>StoryHint</name>
    <message>
        <location filename="../../src/storyweaver/gui/story_hint.py" line="32"/>
        <source>Got it</source>
        <translation>Compris</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/story_hint.py" line="33"/>
        <source>Dismiss the hint</source>
        <translation>Fermer le conseil</translation>
    </message>
</context>
<context>
    <name>TextBlockEditor</name>
    <message>
        <location filename="../../src/storyweaver/gui/text_block_editor.py" line="180"/>
        <source>Address (https://…):</source>
        <translation>Adresse (https://…) :</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/text_block_editor.py" line="117"/>
        <source>B</source>
        <translation>G</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/text_block_editor.py" line="117"/>
        <source>Bold</source>
        <translation>Gras</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/text_block_editor.py" line="120"/>
        <source>Bulleted list</source>
        <translation>Liste à puces</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/text_block_editor.py" line="118"/>
        <source>I</source>
        <translation>I</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/text_block_editor.py" line="118"/>
        <source>Italic</source>
        <translation>Italique</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/text_block_editor.py" line="119"/>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/text_block_editor.py" line="120"/>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/text_block_editor.py" line="119"/>
        <location filename="../../src/storyweaver/gui/text_block_editor.py" line="180"/>
        <source>Make a link</source>
        <translation>Créer un lien</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/text_block_editor.py" line="132"/>
        <source>Write here what connects these posts.</source>
        <translation>Écrivez ici ce qui relie ces publications.</translation>
    </message>
</context>
<context>
    <name>TimelineStrip</name>
    <message>
        <location filename="../../src/storyweaver/gui/timeline_strip.py" line="66"/>
        <location filename="../../src/storyweaver/gui/timeline_strip.py" line="79"/>
        <source>Timeline: items per day</source>
        <translation>Chronologie : éléments par jour</translation>
    </message>
    <message>
        <source>%1 days, from %2 to %3</source>
        <translation type="vanished">%1 jours, du %2 au %3</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/timeline_strip.py" line="168"/>
        <source>No dated items yet</source>
        <translation>Aucun élément daté pour l’instant</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/timeline_strip.py" line="139"/>
        <source>story</source>
        <translation>récit</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/timeline_strip.py" line="139"/>
        <source>library</source>
        <translation>bibliothèque</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/timeline_strip.py" line="208"/>
        <source>%1: %2 in the library, %3 in the story</source>
        <translation>%1 : %2 dans la bibliothèque, %3 dans le récit</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/storyweaver/gui/timeline_strip.py" line="108"/>
        <source>%Ln day(s), from %1 to %2</source>
        <translation>
            <numerusform>%Ln jour, du %1 au %2</numerusform>
            <numerusform>%Ln jours, du %1 au %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UndoActions</name>
    <message>
        <location filename="../../src/storyweaver/gui/undo_actions.py" line="45"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/undo_actions.py" line="46"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/undo_actions.py" line="49"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/undo_actions.py" line="50"/>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
</context>
<context>
    <name>ViewMenu</name>
    <message>
        <location filename="../../src/storyweaver/gui/view_menu.py" line="27"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../src/storyweaver/gui/view_menu.py" line="28"/>
        <source>&amp;Inspector</source>
        <translation>&amp;Inspecteur</translation>
    </message>
</context>
</TS>
