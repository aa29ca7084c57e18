from storyweaver.cli import main

raise SystemExit(main())
