"""The stack's outputs tell operators which `make` variable takes each value; those
variables must be the ones the Makefile reads."""
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import sam_translate  # noqa: E402


def test_every_make_variable_an_output_names_is_read_by_the_makefile():
    outputs = sam_translate.load(str(ROOT / "template.yaml"))["Outputs"]
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    named = {}
    for name, output in outputs.items():
        for target, variable in re.findall(r"make ([\w-]+) (\w+)=", output.get("Description", "")):
            named[name] = variable
            assert re.search(rf"^{re.escape(target)}:", makefile, re.M), f"{name}: no make target {target}"
            assert f"$({variable})" in makefile, f"{name} names {variable}=, which the Makefile never reads"
    assert named, "no output names a make variable any more; drop this test or the outputs' hints"
