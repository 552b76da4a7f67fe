"""The build step that puts the notebooks into the wheel (everything else is in pyproject.toml).

The notebooks live once, in notebooks/ at the top of the repository, where the tests and
`make lab` use them. A wheel also needs them inside the package, so building one copies them
to infointerview/notebooks/ in the build folder (never into src/). An editable install
(`pip install -e .`) skips this: it finds the clone's notebooks/ instead.
"""

from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

NOTEBOOKS = Path(__file__).resolve().parent / "notebooks"


class BuildWithNotebooks(build_py):
    """build_py, then the workshop notebooks (instructor/ too) copied into the package."""

    def run(self) -> None:
        super().run()
        if self.editable_mode:
            return
        target = Path(self.build_lib) / "infointerview" / "notebooks"
        for source in sorted(NOTEBOOKS.rglob("*.ipynb")):
            if ".ipynb_checkpoints" in source.parts:
                continue
            copy = target / source.relative_to(NOTEBOOKS)
            self.mkpath(str(copy.parent))
            self.copy_file(str(source), str(copy))

    def get_outputs(self, include_bytecode: bool = True) -> list[str]:
        outputs = super().get_outputs(include_bytecode)
        if self.editable_mode:
            return outputs
        target = Path(self.build_lib) / "infointerview" / "notebooks"
        return outputs + [
            str(target / source.relative_to(NOTEBOOKS))
            for source in sorted(NOTEBOOKS.rglob("*.ipynb"))
            if ".ipynb_checkpoints" not in source.parts
        ]


setup(cmdclass={"build_py": BuildWithNotebooks})
